package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/** The directory is sent a page at a time, however many organisations it holds (issue 16 #7). */
@DoimoiSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationPagingTests {

    private static final Pattern CARD = Pattern.compile("<li class=\"card\">");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JsonMapper json;

    @BeforeAll
    void moreOrganisationsThanTheLargestPage() {
        for (int i = 0; i < 105; i++) {
            testUsers.organisation();
        }
    }

    @Test
    void theApiAnswersOnePageWithItsPagingInTheHeadersAndTheNextLinkWorks() throws Exception {
        MockHttpServletResponse first = get(MockMvcRequestBuilders.get("/api/v1/organisations"));

        JsonNode items = json.readTree(first.getContentAsString(StandardCharsets.UTF_8));
        assertThat(items.isArray())
                .as("still a JSON array for existing clients")
                .isTrue();
        assertThat(items.size()).isEqualTo(20);
        long total = Long.parseLong(first.getHeader("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(105);
        assertThat(first.getHeader("X-Total-Pages")).isEqualTo(Long.toString((total + 19) / 20));
        Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(first.getHeader("Link"));
        assertThat(next.find()).isTrue();
        assertThat(next.group(1)).isEqualTo("/api/v1/organisations?page=1&size=20");

        JsonNode second = json.readTree(
                get(MockMvcRequestBuilders.get(next.group(1))).getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.size()).isEqualTo(20);
        assertThat(second.get(0).get("id")).isNotEqualTo(items.get(0).get("id"));
        assertThat(second.toString()).doesNotContain(items.get(19).get("id").asText());
    }

    @Test
    void theApiNeverSendsMoreThanAHundred() throws Exception {
        MockHttpServletResponse huge = get(MockMvcRequestBuilders.get("/api/v1/organisations?size=1000"));

        assertThat(json.readTree(huge.getContentAsString(StandardCharsets.UTF_8))
                        .size())
                .isEqualTo(100);
        assertThat(huge.getHeader("Link")).contains("size=100");
    }

    @Test
    void aPageBeyondTheListIsEmptyAndAHugePageNumberIsRefusedNotAnError() throws Exception {
        MockHttpServletResponse api = get(MockMvcRequestBuilders.get("/api/v1/organisations?page=10000&size=100"));
        MockHttpServletResponse html = get(MockMvcRequestBuilders.get("/organisations?page=10000&size=100"));
        MockHttpServletResponse hugeApi =
                get(MockMvcRequestBuilders.get("/api/v1/organisations?page=2147483647&size=100"));
        MockHttpServletResponse hugeHtml = get(MockMvcRequestBuilders.get("/organisations?page=2147483647&size=100"));

        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(json.readTree(api.getContentAsString(StandardCharsets.UTF_8)).size())
                .isZero();
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(hugeApi.getStatus()).isEqualTo(400);
        assertThat(hugeApi.getContentType()).startsWith("application/problem+json");
        assertThat(hugeHtml.getStatus()).isEqualTo(400);
        assertThat(hugeHtml.getContentAsString(StandardCharsets.UTF_8)).contains("Số trang không hợp lệ");
    }

    @Test
    void thePublicListShowsOnePageWithPreviousAndNextInVietnamese() throws Exception {
        String first = get(MockMvcRequestBuilders.get("/organisations")).getContentAsString(StandardCharsets.UTF_8);

        assertThat(CARD.matcher(first).results().count()).isEqualTo(20);
        assertThat(first).containsPattern("Trang 1 / [0-9]+").contains("Trang sau");
        Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
        assertThat(next.find()).isTrue();

        String second = get(MockMvcRequestBuilders.get(next.group(1).replace("&amp;", "&")))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(CARD.matcher(second).results().count()).isEqualTo(20);
        assertThat(second).containsPattern("Trang 2 / [0-9]+").contains("Trang trước");

        String large =
                get(MockMvcRequestBuilders.get("/organisations?size=1000")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(CARD.matcher(large).results().count()).isEqualTo(100);
    }

    @Test
    void theAdministratorsListIsPagedToo() throws Exception {
        String admin = testUsers.create(Role.ADMIN);

        String page = get(MockMvcRequestBuilders.get("/admin/organisations?size=1000")
                        .with(user(testUsers.principal(admin))))
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Pattern.compile("<td><a href=\"/organisations/")
                        .matcher(page)
                        .results()
                        .count())
                .isEqualTo(100);
        assertThat(page).containsPattern("Trang 1 / [0-9]+");
    }

    private MockHttpServletResponse get(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
