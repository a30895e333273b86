package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.person.People;
import vn.doimoi.identity.Role;
import vn.doimoi.search.SearchHit;
import vn.doimoi.search.SiteSearch;

/** Scientists in the directory: private data stays private, duplicates are flagged, experts are found. */
@DoimoiSpringTest
class PeopleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    People people;

    @Autowired
    SiteSearch search;

    private final String marker = "qv" + UUID.randomUUID().toString().substring(0, 5);

    @Test
    void privateDataIsNeverOnThePublicPageNorFoundBySearch() throws Exception {
        // given a scientist with a national ID, a phone and declared relatives
        UUID id = people.create(person("Trần Thị Ngọc Hà " + marker, "Giống lúa chịu mặn " + marker, "401"), null);

        // when anyone opens the profile and searches
        String page = mvc.perform(MockMvcRequestBuilders.get("/people/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        // then the public facts show and the private ones never do
        assertThat(page).contains("Trần Thị Ngọc Hà").contains("Giống lúa chịu mặn");
        assertThat(page)
                .doesNotContain("079123456789")
                .doesNotContain("0909 123 456")
                .doesNotContain("Công ty Anh Em");
        // (other tests' people may share a word such as "Công"; what matters is that this one is not found)
        assertThat(search.search("079123456789", null, 0, 10).hits())
                .extracting(SearchHit::url)
                .doesNotContain("/people/" + id);
        assertThat(search.search("Cong ty Anh Em", "person", 0, 50).hits())
                .extracting(SearchHit::url)
                .doesNotContain("/people/" + id);
        assertThat(search.search("tran thi ngoc ha " + marker, null, 0, 10).hits())
                .extracting(SearchHit::url)
                .contains("/people/" + id);
    }

    @Test
    void theSameNameWithoutDiacriticsIsFlaggedAsALikelyDuplicate() throws Exception {
        // given
        UserStaff staff = new UserStaff();
        people.create(person("Nguyễn Văn Hùng " + marker, null, "102"), null);

        // when staff add "Nguyen Van Hung" without confirming
        MockHttpServletResponse first = staff.post(MockMvcRequestBuilders.post("/admin/people/new")
                .param("fullName", "Nguyen Van Hung " + marker)
                .param("version", "0"));

        // then the form warns and nothing is added until they confirm
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains("Có thể người này đã có trong danh bạ");
        assertThat(people.all())
                .filteredOn(p -> p.fullName().equals("Nguyen Van Hung " + marker))
                .isEmpty();

        MockHttpServletResponse confirmed = staff.post(MockMvcRequestBuilders.post("/admin/people/new")
                .param("fullName", "Nguyen Van Hung " + marker)
                .param("confirmDuplicates", "true")
                .param("version", "0"));
        assertThat(confirmed.getRedirectedUrl()).startsWith("/people/");
    }

    @Test
    void aWrongOrcidIsRefusedInVietnamese() throws Exception {
        MockHttpServletResponse response = new UserStaff()
                .post(MockMvcRequestBuilders.post("/admin/people/new")
                        .param("fullName", "Lê Minh " + marker)
                        .param("orcid", "0000-0002-1825-0098")
                        .param("version", "0"));

        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Mã ORCID \"0000-0002-1825-0098\" không hợp lệ");
    }

    @Test
    void aScientistLinkedToAnAccountEditsTheirOwnProfile() throws Exception {
        // given an expert account linked to a profile
        String username = testUsers.create(Role.EXPERT);
        UUID id = people.create(person("Phạm Quang Vinh " + marker, "Cơ khí chính xác", "203"), username);
        long version = people.editable(id).version();

        // when the expert saves new expertise
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/my-profile")
                        .with(user(testUsers.principal(username)))
                        .with(csrf())
                        .param("fullName", "Phạm Quang Vinh " + marker)
                        .param("expertise", "Robot nông nghiệp, cơ khí chính xác")
                        .param("fieldCodes", "203")
                        .param("acceptsReview", "true")
                        .param("version", Long.toString(version)))
                .andReturn()
                .getResponse();

        // then
        assertThat(response.getRedirectedUrl()).isEqualTo("/people/" + id);
        assertThat(people.editable(id).data().expertise()).isEqualTo("Robot nông nghiệp, cơ khí chính xác");
    }

    @Test
    void theExpertFinderRanksByFieldAndWordsAndMarksConflicts() {
        // given two rice experts, one working at the organisation under review
        UUID organisation = testUsers.organisation();
        var insider = new PersonData(
                "Võ Thành Nam " + marker,
                null,
                null,
                null,
                organisation,
                null,
                null,
                Set.of("401"),
                "Giống lúa chịu hạn " + marker,
                null,
                null,
                null,
                true,
                null,
                null,
                null);
        people.create(insider, null);
        people.create(person("Đặng Thu Trang " + marker, "Giống lúa chịu mặn " + marker, "401"), null);

        // when staff look for rice experts in sector 401 to review that organisation
        var found = people.findExperts("4", "giong lua " + marker, organisation);

        // then both are found and the insider is marked
        assertThat(found)
                .extracting(match -> match.person().fullName())
                .contains("Võ Thành Nam " + marker, "Đặng Thu Trang " + marker);
        assertThat(found)
                .filteredOn(match -> match.person().fullName().equals("Võ Thành Nam " + marker))
                .singleElement()
                .satisfies(
                        match -> assertThat(match.conflictKeys()).containsExactly("expert.conflict.sameOrganisation"));
        assertThat(found)
                .filteredOn(match -> match.person().fullName().equals("Đặng Thu Trang " + marker))
                .singleElement()
                .satisfies(match -> assertThat(match.conflictKeys()).isEmpty());
    }

    private static PersonData person(String name, String expertise, String field) {
        return new PersonData(
                name,
                null,
                vn.doimoi.directory.Degree.TS,
                "Nghiên cứu viên",
                null,
                null,
                null,
                Set.of(field),
                expertise,
                null,
                null,
                null,
                true,
                "079123456789",
                "0909 123 456",
                "Vợ làm việc tại Công ty Anh Em");
    }

    /** A Department staff member posting forms. */
    private final class UserStaff {
        private final org.springframework.security.core.userdetails.UserDetails principal =
                testUsers.principal(testUsers.create(Role.STAFF));

        MockHttpServletResponse post(MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(request.with(user(principal)).with(csrf()))
                    .andReturn()
                    .getResponse();
        }
    }
}
