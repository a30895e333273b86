package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Role;

/** A member keeps its organisation's profile, staff verify it, administrators keep the field list. */
@DoimoiSpringTest
class OrganisationProfileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    Directory directory;

    @Autowired
    Accounts accounts;

    @Test
    void theFieldClassificationIsLoadedAtFirstStart() {
        assertThat(directory.fieldCodes()).filteredOn(code -> code.level() == 2).hasSizeGreaterThanOrEqualTo(46);
        assertThat(directory.fieldCode("401"))
                .get()
                .extracting(FieldCode::nameVi)
                .isEqualTo("Trồng trọt");
    }

    @Test
    void aMemberUpdatesItsOwnOrganisationWithFieldsOfActivity() throws Exception {
        // given a member of an organisation
        String member = testUsers.create(Role.ORG_MEMBER);
        UserDetails principal = testUsers.principal(member);
        UUID organisation = organisationOf(member);
        long version = organisations.editable(organisation).version();

        // when the member saves its profile with two fields of activity
        MockHttpServletResponse response = saveOwn(
                principal,
                version,
                "Công ty Lúa Xanh " + organisation.toString().substring(0, 4),
                "401",
                "406");

        // then the public profile shows them
        assertThat(response.getRedirectedUrl()).isEqualTo("/organisations/" + organisation);
        String page = mvc.perform(MockMvcRequestBuilders.get("/organisations/" + organisation))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("401 Trồng trọt").contains("406 Công nghệ sinh học trong nông nghiệp");
        assertThat(directory.organisation(organisation).orElseThrow().fieldCodes())
                .containsExactlyInAnyOrder("401", "406");
    }

    @Test
    void aMemberCannotUseTheStaffFormForAnotherOrganisation() throws Exception {
        UserDetails member = testUsers.principal(testUsers.create(Role.ORG_MEMBER));
        UUID other = testUsers.organisation();

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/admin/organisations/" + other)
                        .with(user(member))
                        .with(csrf())
                        .param("type", "ENTERPRISE")
                        .param("name", "Chiếm quyền")
                        .param("version", "0"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(directory.organisation(other).orElseThrow().name()).isNotEqualTo("Chiếm quyền");
    }

    @Test
    void staffVerifyAndAMemberRenamingTheOrganisationNeedsVerifyingAgain() throws Exception {
        // given a verified organisation
        String member = testUsers.create(Role.ORG_MEMBER);
        UUID organisation = organisationOf(member);
        UserDetails staff = testUsers.principal(testUsers.create(Role.STAFF));
        mvc.perform(MockMvcRequestBuilders.post("/admin/organisations/" + organisation + "/verification")
                .with(user(staff))
                .with(csrf())
                .param("verified", "true"));
        assertThat(directory.organisation(organisation).orElseThrow().verified())
                .isTrue();

        // when its member renames it
        long version = organisations.editable(organisation).version();
        saveOwn(
                testUsers.principal(member),
                version,
                "Tên mới " + UUID.randomUUID().toString().substring(0, 6));

        // then the Department must verify it again
        assertThat(directory.organisation(organisation).orElseThrow().verified())
                .isFalse();
    }

    @Test
    void anUnknownFieldCodeIsRefusedInVietnamese() throws Exception {
        String member = testUsers.create(Role.ORG_MEMBER);
        long version = organisations.editable(organisationOf(member)).version();

        MockHttpServletResponse response = saveOwn(testUsers.principal(member), version, "Công ty Mã Sai", "999");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Mã lĩnh vực \"999\" không có trong bảng phân loại.");
    }

    @Test
    void aCsvImportWithOneBadRowImportsNothing() throws Exception {
        UserDetails admin = testUsers.principal(testUsers.create(Role.ADMIN));
        String csv = "code,parent_code,name_vi,name_en\n40199,401,Chuyên ngành thử,\n40298,999,Cha không có,\n";
        int before = directory.fieldCodes().size();

        String page = mvc.perform(MockMvcRequestBuilders.multipart("/admin/field-codes")
                        .file(new MockMultipartFile(
                                "file", "linh-vuc.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Không nhập gì vì có 1 dòng không hợp lệ").contains("Dòng 3");
        assertThat(directory.fieldCodes()).hasSize(before);
        assertThat(directory.fieldCode("40199")).isEmpty();
    }

    @Test
    void aNameThatDiffersOnlyInDiacriticsIsFlaggedBeforeCreating() throws Exception {
        // given
        UserDetails staff = testUsers.principal(testUsers.create(Role.STAFF));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        organisations.create(new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Công ty Lúa Vàng " + suffix,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));

        // when staff add "Cong ty Lua Vang" without confirming, then confirming
        var first = mvc.perform(MockMvcRequestBuilders.post("/admin/organisations/new")
                        .with(user(staff))
                        .with(csrf())
                        .param("type", "ENTERPRISE")
                        .param("name", "Cong ty Lua Vang " + suffix)
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        var confirmed = mvc.perform(MockMvcRequestBuilders.post("/admin/organisations/new")
                        .with(user(staff))
                        .with(csrf())
                        .param("type", "ENTERPRISE")
                        .param("name", "Cong ty Lua Vang " + suffix)
                        .param("confirmDuplicates", "true")
                        .param("version", "0"))
                .andReturn()
                .getResponse();

        // then
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString(StandardCharsets.UTF_8))
                .contains("Có thể tổ chức này đã có trong danh bạ")
                .contains("Công ty Lúa Vàng " + suffix);
        assertThat(confirmed.getRedirectedUrl()).startsWith("/organisations/");
    }

    private UUID organisationOf(String username) {
        return accounts.find(testUsers.id(username)).orElseThrow().organisationId();
    }

    private MockHttpServletResponse saveOwn(UserDetails member, long version, String name, String... fieldCodes)
            throws Exception {
        var request = MockMvcRequestBuilders.post("/my-organisation")
                .with(user(member))
                .with(csrf())
                .param("type", "INSTITUTE")
                .param("name", name)
                .param("province", "Tây Ninh")
                .param("version", Long.toString(version));
        for (String code : fieldCodes) {
            request.param("fieldCodes", code);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
