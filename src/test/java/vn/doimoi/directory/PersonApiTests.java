package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.directory.person.People;

/** The people API answers anyone with public facts only, in pages, and errors as problems. */
@DoimoiSpringTest
class PersonApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JsonMapper json;

    private final String tag = "api" + UUID.randomUUID().toString().substring(0, 5);

    @Test
    void aProfileHasThePublicFactsAndNeverThePrivateData() throws Exception {
        // given a scientist with an e-mail and private data
        UUID id = people.create(scientist("Đặng Công Khai " + tag), null);

        // when anyone asks for the profile
        MockHttpServletResponse response = get("/api/v1/people/" + id);

        // then the public facts are there and the private data is not
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode profile = json.readTree(body);
        assertThat(profile.at("/person/fullName").asString()).isEqualTo("Đặng Công Khai " + tag);
        assertThat(profile.at("/person/titledName").asString()).isEqualTo("PGS.TS. Đặng Công Khai " + tag);
        assertThat(profile.at("/expertise").asString()).isEqualTo("Cơ điện tử nông nghiệp");
        assertThat(body)
                .doesNotContain("079123456789")
                .doesNotContain("0909 123 456")
                .doesNotContain("Công ty Họ Hàng")
                .doesNotContain("congkhai@")
                .doesNotContain("nationalId");
    }

    @Test
    void theListIsPagedByNameAndABadPageIsAProblem() throws Exception {
        // given three people
        for (String name : new String[] {"A Một ", "A Hai ", "A Ba "}) {
            people.create(scientist(name + tag), null);
        }

        // when the list is asked for in pages of two
        JsonNode first = json.readTree(get("/api/v1/people?page=0&size=2").getContentAsString(StandardCharsets.UTF_8));
        MockHttpServletResponse tooLarge = get("/api/v1/people?size=1000");
        MockHttpServletResponse unknown = get("/api/v1/people/" + UUID.randomUUID());

        // then the page holds two, counts everyone, and errors are RFC 9457 problems
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(first.toString()).doesNotContain("079123456789");
        assertThat(tooLarge.getStatus()).isEqualTo(400);
        assertThat(tooLarge.getContentType()).startsWith("application/problem+json");
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8)).contains("từ 1 đến 100");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
    }

    private MockHttpServletResponse get(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).header("Accept-Language", "vi"))
                .andReturn()
                .getResponse();
    }

    private static PersonData scientist(String name) {
        return new PersonData(
                name,
                AcademicTitle.PGS,
                Degree.TS,
                "Giảng viên",
                null,
                "congkhai@" + UUID.randomUUID().toString().substring(0, 4) + ".vn",
                null,
                Set.of("401"),
                "Cơ điện tử nông nghiệp",
                null,
                null,
                null,
                true,
                "079123456789",
                "0909 123 456",
                "Em trai làm ở Công ty Họ Hàng");
    }
}
