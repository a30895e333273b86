package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;

/**
 * Organisation addresses from the official list (issue 19, ADR 0052): the form's selects, the
 * checks on what it posts, and the public page in the names of the address's day.
 */
@DoimoiSpringTest
class OrganisationAddressTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    DirectoryImport imports;

    @Autowired
    Directory directory;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void staffChooseACommuneOfTheProvinceAndThePublicPageShowsStreetCommuneProvince() throws Exception {
        String name = "Công ty Địa chỉ " + tag();
        MockHttpServletResponse saved = mvc.perform(newOrganisation(name)
                        .param("province", "80")
                        .param("commune", "27823")
                        .param("streetAddress", "Ấp 3"))
                .andReturn()
                .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        String page = body(mvc.perform(MockMvcRequestBuilders.get(saved.getRedirectedUrl())));
        assertThat(page).contains("Ấp 3, Xã Mộc Hóa, Tây Ninh");
    }

    @Test
    void withoutScriptTheButtonShowsTheFormAgainWithTheProvincesCommunes() throws Exception {
        MockHttpServletResponse response = mvc.perform(newOrganisation("Công ty Chưa lưu " + tag())
                        .param("province", "80")
                        .param("refreshCommunes", "true"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String form = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<option value=\"27823\"", "Xã Mộc Hóa", "Phường Tân An");
        assertThat(form).doesNotContain("Phường Ba Đình");
    }

    @Test
    void hostileCodesAnswer400WithAVietnameseMessageNever500() throws Exception {
        for (String[] hostile : new String[][] {
            {"<script>alert(1)</script>", ""}, {"80", "99999"}, {"' OR 1=1 --", "27823"}, {"80", "../../etc/passwd"}
        }) {
            MockHttpServletResponse response = mvc.perform(newOrganisation("Công ty Tấn công " + tag())
                            .param("province", hostile[0])
                            .param("commune", hostile[1]))
                    .andReturn()
                    .getResponse();

            assertThat(response.getStatus()).as(String.join("/", hostile)).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .contains("không có trong danh mục đơn vị hành chính")
                    .doesNotContain("<script>alert(1)</script>");
        }
        MockHttpServletResponse refresh = mvc.perform(newOrganisation("Công ty Tấn công " + tag())
                        .param("province", "<img src=x>")
                        .param("refreshCommunes", "true"))
                .andReturn()
                .getResponse();
        assertThat(refresh.getStatus()).isEqualTo(400);
    }

    @Test
    void aCommuneOfAnotherProvinceIsShownAgainWithTheReasonNotSaved() throws Exception {
        String name = "Công ty Lệch tỉnh " + tag();
        MockHttpServletResponse response = mvc.perform(
                        newOrganisation(name).param("province", "80").param("commune", "00004"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Phường Ba Đình không thuộc Tây Ninh");
        assertThat(organisations.all()).noneMatch(o -> o.name().equals(name));
    }

    @Test
    void aRecordMadeBeforeTheMergerKeepsItsHistoricalNamesWithCuThroughAnEdit() throws Exception {
        String name = "Hợp tác xã Trước hợp nhất " + tag();
        imports.organisation(new OrganisationData(
                OrganisationType.ENTERPRISE,
                name,
                null,
                null,
                null,
                Set.of(),
                "80",
                "27802",
                "Ấp Bến Kè",
                null,
                null,
                null,
                null,
                LocalDate.of(2024, 10, 15)));
        UUID id = organisations.all().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        String former = "Ấp Bến Kè, Xã Bình Thạnh (cũ), Huyện Mộc Hóa (cũ), Long An (cũ)";
        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/organisations/" + id))))
                .contains(former);
        assertThat(directory(id).province()).isEqualTo("Long An (cũ)");

        // staff change the phone and leave the address as the form offers it (selects empty)
        String form = body(mvc.perform(
                MockMvcRequestBuilders.get("/admin/organisations/" + id).with(user(staff()))));
        assertThat(form).contains(former);
        long version = organisations.editable(id).version();
        MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.post("/admin/organisations/" + id)
                        .with(csrf())
                        .with(user(staff()))
                        .param("type", "ENTERPRISE")
                        .param("name", name)
                        .param("streetAddress", "Ấp Bến Kè")
                        .param("phone", "0272 3000001")
                        .param("province", "")
                        .param("commune", "")
                        .param("version", Long.toString(version)))
                .andReturn()
                .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/organisations/" + id))))
                .contains(former);
        // the one search files it under the province it lies in today
        assertThat(organisations.find(id).orElseThrow().province()).isEqualTo("Tây Ninh");
    }

    @Test
    void aCommuneTypedBeforeTheListExistedIsStillShownAndOfferedAsChosen() throws Exception {
        // given a row as the migration leaves one: its province matched a code, its commune only typed
        UUID id = organisations.create(new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Công ty Gõ tay " + tag(),
                null,
                null,
                "80",
                null,
                "Ấp Gò Gòn",
                null,
                null,
                null,
                null));
        jdbc.sql("UPDATE directory.organisation SET commune = 'Xã Bình Hiệp', commune_code = NULL WHERE id = ?")
                .param(id)
                .update();

        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/organisations/" + id))))
                .contains("Ấp Gò Gòn, Xã Bình Hiệp, Tây Ninh");
        assertThat(body(mvc.perform(
                        MockMvcRequestBuilders.get("/admin/organisations/" + id).with(user(staff())))))
                .contains("<option value=\"27793\" selected>Xã Bình Hiệp</option>");
    }

    @Test
    void theCommunesOfAProvinceArePublicJsonAndAnUnknownCodeIs400() throws Exception {
        MockHttpServletResponse communes = mvc.perform(
                        MockMvcRequestBuilders.get("/api/v1/places/provinces/80/communes"))
                .andReturn()
                .getResponse();
        assertThat(communes.getStatus()).isEqualTo(200);
        assertThat(communes.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"code\":\"27823\"", "\"name\":\"Xã Mộc Hóa\"", "\"kind\":\"XA\"");

        MockHttpServletResponse unknown = mvc.perform(
                        MockMvcRequestBuilders.get("/api/v1/places/provinces/<b>/communes"))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("không có trong danh mục");
    }

    private OrganisationProfile directory(UUID id) {
        return directory.organisationProfile(id).orElseThrow();
    }

    private MockHttpServletRequestBuilder newOrganisation(String name) {
        return MockMvcRequestBuilders.post("/admin/organisations/new")
                .with(csrf())
                .with(user(staff()))
                .param("type", "ENTERPRISE")
                .param("name", name)
                .param("version", "0");
    }

    private UserDetails staff() {
        return testUsers.principal(testUsers.create(Role.STAFF));
    }

    private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
