package vn.doimoi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.CategorySummary;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.stats.PortalCounters;

/** What an anonymous reader gets from the portal's pages, feeds and sitemap. */
@DoimoiSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    PortalCounters counters;

    private final String marker = "pg" + UUID.randomUUID().toString().substring(0, 6);
    private CategorySummary category;
    private String newestSlug;
    private String oldestSlug;

    @BeforeAll
    void sevenArticlesInOneCategory() {
        UUID categoryId = articles.createCategory("Khoa học " + marker, 70);
        category = articles.categories().stream()
                .filter(c -> c.id().equals(categoryId))
                .findFirst()
                .orElseThrow();
        for (int i = 1; i <= 7; i++) {
            UUID id = articles.create(new ArticleData(
                    "Tin số " + i + " " + marker, "Sapo " + i, "<p>Nội dung " + i + "</p>", "Tác giả", categoryId));
            articles.publish(id, articles.editable(id).version());
            String slug = articles.editable(id).slug();
            if (i == 1) {
                oldestSlug = slug;
            }
            newestSlug = slug;
        }
    }

    @Test
    void theSeedArticleReadsLikeTheProvincialPortal() throws Exception {
        String slug = articles.latest(0, 1000).items().stream()
                .filter(a -> a.title().startsWith("CHƯƠNG TRÌNH CỦA BAN THƯỜNG VỤ"))
                .findFirst()
                .orElseThrow()
                .slug();

        String html = get("/news/" + slug, "seed-reader-" + marker).getContentAsString();

        assertThat(html)
                .contains("Thứ Hai, 08/04/2024 09:15")
                .contains("Lượt xem")
                .contains("Nguyễn Thị Bích Thảo")
                .contains("Chính sách - Văn bản")
                .contains("Tin khác")
                .contains("property=\"og:title\"")
                .contains("/news/" + slug + "/print")
                .contains("facebook.com/sharer")
                .contains("Thống kê truy cập");
    }

    @Test
    void aReaderCountsOnceAndABotNever() throws Exception {
        UUID id = articles.published(oldestSlug).orElseThrow().summary().id();
        long before = counters.views(id);
        String reader = UUID.randomUUID().toString();

        get("/news/" + oldestSlug, reader);
        get("/news/" + oldestSlug, reader);
        mvc.perform(MockMvcRequestBuilders.get("/news/" + oldestSlug).header("User-Agent", "Googlebot/2.1"));

        assertThat(counters.views(id)).isEqualTo(before + 1);
    }

    @Test
    void theKeptPageShowsEachReadersCountAndIsRenderedAgainAfterAnEdit() throws Exception {
        UUID category = articles.createCategory("Giữ sẵn " + marker, 71);
        UUID id = articles.create(new ArticleData("Tin giữ sẵn " + marker, null, "<p>Bản đầu</p>", null, category));
        articles.publish(id, articles.editable(id).version());
        String slug = articles.editable(id).slug();

        String first = get("/news/" + slug, "kept-1-" + marker).getContentAsString();
        String second = get("/news/" + slug, "kept-2-" + marker).getContentAsString();
        assertThat(first).contains("Lượt xem: <strong>1</strong>").contains("Bản đầu");
        assertThat(second).contains("Lượt xem: <strong>2</strong>").doesNotContain("@@dm:");
        assertThat(second).containsPattern("class=\"stats-today\">[0-9.]+</strong>");

        articles.update(
                id,
                articles.editable(id).version(),
                new ArticleData("Tin giữ sẵn " + marker, null, "<p>Bản sửa</p>", null, category));

        String edited = get("/news/" + slug, "kept-3-" + marker).getContentAsString();
        assertThat(edited).contains("Bản sửa").doesNotContain("Bản đầu").contains("Lượt xem: <strong>3</strong>");
        assertThat(get("/news/" + slug, "kept-3-" + marker).getHeader("Set-Cookie"))
                .isNull();
    }

    @Test
    void aKeptPageIsAnsweredAheadOfTheMvcDispatchWithTheSameSecurityHeadersAndCountsTheView() throws Exception {
        UUID category = articles.createCategory("Lối tắt " + marker, 72);
        UUID id = articles.create(new ArticleData("Tin lối tắt " + marker, null, "<p>Nội dung</p>", null, category));
        articles.publish(id, articles.editable(id).version());
        String slug = articles.editable(id).slug();
        var first = mvc.perform(MockMvcRequestBuilders.get("/news/" + slug).header("User-Agent", BROWSER))
                .andReturn();

        // another reader: without a cookie, the same address and agent would be the same reader (#16)
        var second = mvc.perform(MockMvcRequestBuilders.get("/news/" + slug)
                        .header("User-Agent", BROWSER)
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.2");
                            return request;
                        }))
                .andReturn();

        assertThat(first.getHandler())
                .as("the first reader goes through the controller")
                .isNotNull();
        assertThat(second.getHandler())
                .as("the second is answered from the kept page")
                .isNull();
        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        assertThat(second.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options")) {
            assertThat(second.getResponse().getHeader(header))
                    .isEqualTo(first.getResponse().getHeader(header))
                    .isNotNull();
        }
        assertThat(second.getResponse().getHeader("Set-Cookie")).startsWith(Visitors.COOKIE + "=");
        assertThat(second.getResponse().getContentAsString()).contains("Lượt xem: <strong>2</strong>");
        assertThat(withoutNumbers(second.getResponse().getContentAsString()))
                .isEqualTo(withoutNumbers(first.getResponse().getContentAsString()));
        assertThat(counters.views(id)).isEqualTo(2);

        // a session as the browser carries it: the cookie the sign-in page set
        var login =
                mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse();
        var sessionCookie =
                login.getCookie("JSESSIONID") != null ? login.getCookie("JSESSIONID") : login.getCookie("SESSION");
        var withSession = mvc.perform(MockMvcRequestBuilders.get("/news/" + slug)
                        .header("User-Agent", BROWSER)
                        .session(new org.springframework.mock.web.MockHttpSession())
                        .with(request -> {
                            if (sessionCookie != null) {
                                request.setCookies(sessionCookie);
                            }
                            return request;
                        }))
                .andReturn();
        assertThat(withSession.getHandler())
                .as("a reader with a session is not served the shared page")
                .isNotNull();
    }

    @Test
    void otherNewsIsTheSameCategoryNewestFirstInPages() throws Exception {
        String html = get("/news/" + oldestSlug, null).getContentAsString();

        assertThat(html).contains("Tin số 7 " + marker).contains("Tin số 3 " + marker);
        assertThat(html.indexOf("Tin số 7 " + marker)).isLessThan(html.indexOf("Tin số 3 " + marker));
        assertThat(html).doesNotContain(">Tin số 2 " + marker + "<");
        assertThat(html).contains("hx-get=\"/news/" + oldestSlug + "/related?page=1\"");

        String second = get("/news/" + oldestSlug + "/related?page=1", null).getContentAsString();
        assertThat(second).contains("Tin số 2 " + marker).doesNotContain("<html");
    }

    @Test
    void categoryPageRssAndSitemapListTheArticles() throws Exception {
        assertThat(get(category.url(), null).getContentAsString()).contains("Tin số 7 " + marker);

        MockHttpServletResponse rss = get(category.rssUrl(), null);
        assertThat(rss.getContentType()).startsWith("application/rss+xml");
        assertThat(rss.getContentAsString())
                .contains("<title>Tin số 7 " + marker + "</title>")
                .contains("<rss version=\"2.0\">");

        assertThat(get("/sitemap.xml", null).getContentAsString()).contains("/news/" + newestSlug);
    }

    @Test
    void theHomeShowsLatestNewsDocumentsAndStatistics() throws Exception {
        String html = get("/", null).getContentAsString();

        assertThat(html)
                .contains("Tin mới")
                .contains("54-CTr/TU")
                .contains("Thống kê truy cập")
                .contains("Hôm nay");
    }

    @Test
    void theDocumentsLibraryFindsProgramme54ByNumber() throws Exception {
        String html = get("/documents?number=54-CTr/TU", null).getContentAsString();

        assertThat(html).contains("54-CTr/TU").contains("Ban Thường vụ Tỉnh ủy Long An");
    }

    @Test
    void draftsAreNotPublic() throws Exception {
        UUID id =
                articles.create(new ArticleData("Bản nháp bí mật " + marker, null, "<p>Nháp</p>", null, category.id()));
        String slug = articles.editable(id).slug();

        assertThat(get("/news/" + slug, null).getStatus()).isEqualTo(404);
    }

    /** The page without the numbers that change from one reader to the next. */
    private static String withoutNumbers(String html) {
        return html.replaceAll("Lượt xem: <strong>[0-9.]+</strong>", "")
                .replaceAll("class=\"stats-(online|today|week|total)\">[0-9.]+<", "");
    }

    private MockHttpServletResponse get(String path, String visitor) throws Exception {
        var request = MockMvcRequestBuilders.get(path).header("User-Agent", BROWSER);
        if (visitor != null) {
            request.cookie(new Cookie(
                    Visitors.COOKIE, UUID.nameUUIDFromBytes(visitor.getBytes()).toString()));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @SuppressWarnings("unused")
    private static Instant unused() {
        return Instant.EPOCH;
    }
}
