package vn.doimoi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.CategorySummary;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.shared.web.PublicSite;

/**
 * Absolute links come from {@code doimoi.public-url}, never from the request's {@code Host}
 * header, and no header value the client picks can push the kept article pages out (issue 16 #8).
 */
@DoimoiSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostHeaderTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    PublicSite site;

    private CategorySummary category;
    private String slug;

    @BeforeAll
    void oneArticleInOneCategory() {
        String marker = "host" + UUID.randomUUID().toString().substring(0, 6);
        UUID categoryId = articles.createCategory("Máy chủ " + marker, 73);
        category = articles.categories().stream()
                .filter(c -> c.id().equals(categoryId))
                .findFirst()
                .orElseThrow();
        UUID id =
                articles.create(new ArticleData("Tin máy chủ " + marker, "Sapo", "<p>Nội dung</p>", null, categoryId));
        articles.publish(id, articles.editable(id).version());
        slug = articles.editable(id).slug();
    }

    @Test
    void theFeedCarriesTheConfiguredAddressNotTheHostHeader() throws Exception {
        String rss = asEvil(category.rssUrl()).getResponse().getContentAsString();

        assertThat(rss).doesNotContain("evil.test").contains("<link>" + site.publicUrl() + "/news/" + slug + "</link>");
        assertThat(site.publicUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void theSitemapCarriesTheConfiguredAddressNotTheHostHeader() throws Exception {
        String xml = asEvil("/sitemap.xml").getResponse().getContentAsString();

        assertThat(xml).doesNotContain("evil.test").contains("<loc>" + site.publicUrl() + "/news/" + slug + "</loc>");
        assertThat(java.util.Arrays.stream(xml.split("<loc>", -1)).skip(1))
                .allMatch(loc -> loc.startsWith(site.publicUrl() + "/"));
    }

    @Test
    void theArticlesCanonicalLinkIsTheConfiguredAddressWhateverTheHost() throws Exception {
        String first = asEvil("/news/" + slug).getResponse().getContentAsString();
        String second = asEvil("/news/" + slug + "?page=0").getResponse().getContentAsString();

        for (String html : new String[] {first, second}) {
            assertThat(html)
                    .doesNotContain("evil.test")
                    .contains("<link rel=\"canonical\" href=\"" + site.publicUrl() + "/news/" + slug + "\">");
        }
    }

    @Test
    void aStreamOfDistinctHostsDoesNotPushTheKeptPageOut() throws Exception {
        String path = "/news/" + slug;
        mvc.perform(MockMvcRequestBuilders.get(path).header("User-Agent", BROWSER))
                .andReturn();

        for (int i = 0; i < 2100; i++) {
            MvcResult answer = mvc.perform(MockMvcRequestBuilders.get(path)
                            .header("User-Agent", BROWSER)
                            .header("Host", "h" + i + ".evil.test"))
                    .andReturn();
            assertThat(answer.getResponse().getContentAsString()).doesNotContain("evil.test");
        }
        MvcResult after = mvc.perform(MockMvcRequestBuilders.get(path).header("User-Agent", BROWSER))
                .andReturn();

        assertThat(after.getHandler())
                .as("still answered from the kept page, not rendered again")
                .isNull();
        assertThat(after.getResponse().getStatus()).isEqualTo(200);
    }

    private MvcResult asEvil(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                        .header("User-Agent", BROWSER)
                        .header("Host", "evil.test"))
                .andReturn();
    }
}
