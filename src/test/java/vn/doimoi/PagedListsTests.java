package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.identity.Role;

/** Every list answers one page at most, whatever page and size it is asked for (issue 16 #7). */
@DoimoiSpringTest
class PagedListsTests {

    /** Each list page and list API, with who may read it (null: anyone). */
    private static final Map<String, Role> LISTS = Map.ofEntries(
            Map.entry("/organisations", Role.ORG_MEMBER),
            Map.entry("/people", Role.ORG_MEMBER),
            Map.entry("/calls", Role.ORG_MEMBER),
            Map.entry("/tasks", Role.ORG_MEMBER),
            Map.entry("/results", Role.ORG_MEMBER),
            Map.entry("/programs", Role.ORG_MEMBER),
            Map.entry("/market", Role.ORG_MEMBER),
            Map.entry("/news", Role.ORG_MEMBER),
            Map.entry("/documents", Role.ORG_MEMBER),
            Map.entry("/dossiers", Role.ORG_MEMBER),
            Map.entry("/execution", Role.STAFF),
            Map.entry("/proposals", Role.STAFF),
            Map.entry("/councils", Role.STAFF),
            Map.entry("/staff/tasks", Role.STAFF),
            Map.entry("/staff/market", Role.STAFF),
            Map.entry("/staff/tasks/rounds", Role.STAFF),
            Map.entry("/identification", Role.EXPERT),
            Map.entry("/market/saved-searches", Role.ORG_MEMBER),
            Map.entry("/programs/manage", Role.STAFF),
            Map.entry("/editor/documents", Role.EDITOR),
            Map.entry("/editor/articles", Role.EDITOR),
            Map.entry("/admin/users", Role.ADMIN),
            Map.entry("/admin/organisations", Role.ADMIN),
            Map.entry("/admin/people", Role.ADMIN),
            Map.entry("/admin/experts", Role.ADMIN),
            Map.entry("/api/v1/organisations", Role.ORG_MEMBER),
            Map.entry("/api/v1/calls", Role.ORG_MEMBER),
            Map.entry("/api/v1/tasks", Role.ORG_MEMBER),
            Map.entry("/api/v1/results", Role.ORG_MEMBER),
            Map.entry("/api/v1/market/listings", Role.ORG_MEMBER));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JsonMapper json;

    @Test
    void everyListAnswersAHugePageOrSizeWithAPageNotAnError() throws Exception {
        for (Map.Entry<String, Role> list : LISTS.entrySet()) {
            String reader = testUsers.create(list.getValue());
            for (String query : List.of("?size=1000", "?page=10000&size=1000", "?page=-5&size=-5")) {
                MockHttpServletResponse response =
                        get(MockMvcRequestBuilders.get(list.getKey() + query).with(user(testUsers.principal(reader))));

                assertThat(response.getStatus()).as(list.getKey() + query).isEqualTo(200);
                if (list.getKey().startsWith("/api/")) {
                    JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
                    JsonNode items = body.isArray() ? body : body.get("items");
                    assertThat(items.size()).as(list.getKey() + query).isLessThanOrEqualTo(100);
                }
            }
            // a page past the deepest any list shows is refused, never a server error (ADR 0033)
            String beyond = list.getKey() + "?page=2147483647&size=1000";
            assertThat(get(MockMvcRequestBuilders.get(beyond).with(user(testUsers.principal(reader))))
                            .getStatus())
                    .as(beyond)
                    .isEqualTo(400);
        }
    }

    @Test
    void theArrayApisKeepTheirShapeAndTellThePagingInHeaders() throws Exception {
        for (String api : List.of("/api/v1/calls", "/api/v1/tasks", "/api/v1/results", "/api/v1/organisations")) {
            MockHttpServletResponse response = get(MockMvcRequestBuilders.get(api + "?size=1000"));

            assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                            .isArray())
                    .isTrue();
            assertThat(response.getHeader("X-Total-Count")).as(api).matches("[0-9]+");
            assertThat(response.getHeader("Link"))
                    .as(api)
                    .contains("rel=\"first\"")
                    .contains("size=100");
        }
        JsonNode listings = json.readTree(get(MockMvcRequestBuilders.get("/api/v1/market/listings?size=1000"))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(listings.get("size").asInt()).isEqualTo(100);
        assertThat(listings.has("total")).as("kept for existing clients").isTrue();
        assertThat(listings.get("totalElements").asLong())
                .isEqualTo(listings.get("total").asLong());
        assertThat(listings.has("totalPages")).isTrue();
    }

    @Test
    void theUserListShowsFiftyAPageAndItsNextPageLinkWorks() throws Exception {
        for (int i = 0; i < 55; i++) {
            testUsers.create(Role.EXPERT);
        }
        String admin = testUsers.create(Role.ADMIN);

        String first = get(MockMvcRequestBuilders.get("/admin/users").with(user(testUsers.principal(admin))))
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).containsPattern("Trang 1 / [0-9]+");
        Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
        assertThat(next.find()).isTrue();
        String second = get(MockMvcRequestBuilders.get(next.group(1).replace("&amp;", "&"))
                        .with(user(testUsers.principal(admin))))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).containsPattern("Trang 2 / [0-9]+").contains("rel=\"prev\"");
        assertThat(rows(second)).isPositive();
        String large = get(MockMvcRequestBuilders.get("/admin/users?size=1000").with(user(testUsers.principal(admin))))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(rows(large)).isBetween(56L, 100L);
    }

    private static long rows(String html) {
        return Pattern.compile("<td><a href=\"/admin/users/")
                .matcher(html)
                .results()
                .count();
    }

    private MockHttpServletResponse get(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
