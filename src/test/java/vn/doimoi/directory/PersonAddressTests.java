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
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.person.PersonAddresses;
import vn.doimoi.identity.Role;
import vn.doimoi.places.PostalAddress;

/**
 * Person addresses from the official list, as organisations have them (issue 19, ADR 0052): the
 * same selects on the STAFF form and the scientist's own profile, the same checks on what they
 * post, and the public page in the names of the address's day, former units with "(cũ)".
 */
@DoimoiSpringTest
class PersonAddressTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    People people;

    @Autowired
    PersonAddresses addresses;

    @Test
    void staffChooseACommuneOfTheProvinceAndThePublicPageShowsCommuneAndProvince() throws Exception {
        MockHttpServletResponse saved = mvc.perform(newPerson("Nguyễn Văn Địa " + tag())
                        .param("province", "80")
                        .param("commune", "27823"))
                .andReturn()
                .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        String page = body(mvc.perform(MockMvcRequestBuilders.get(saved.getRedirectedUrl())));
        assertThat(page).contains("Xã Mộc Hóa, Tây Ninh");
    }

    @Test
    void withoutScriptTheButtonShowsTheFormAgainWithTheProvincesCommunes() throws Exception {
        String name = "Trần Thị Chưa Lưu " + tag();
        MockHttpServletResponse response = mvc.perform(
                        newPerson(name).param("province", "80").param("refreshCommunes", "true"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String form = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<option value=\"27823\"", "Xã Mộc Hóa", "Phường Tân An");
        assertThat(form).doesNotContain("Phường Ba Đình");
        assertThat(people.all()).noneMatch(p -> p.fullName().equals(name));
    }

    @Test
    void hostileCodesAnswer400WithAVietnameseMessageAndSaveNothing() throws Exception {
        for (String[] hostile : new String[][] {
            {"<script>alert(1)</script>", ""}, {"80", "99999"}, {"' OR 1=1 --", "27823"}, {"80", "../../etc/passwd"}
        }) {
            String name = "Lê Tấn Công " + tag();
            MockHttpServletResponse response = mvc.perform(
                            newPerson(name).param("province", hostile[0]).param("commune", hostile[1]))
                    .andReturn()
                    .getResponse();

            assertThat(response.getStatus()).as(String.join("/", hostile)).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .contains("không có trong danh mục đơn vị hành chính")
                    .doesNotContain("<script>alert(1)</script>");
            assertThat(people.all()).noneMatch(p -> p.fullName().equals(name));
        }
    }

    @Test
    void aCommuneOfAnotherProvinceIsShownAgainWithTheReasonNotSaved() throws Exception {
        String name = "Phạm Lệch Tỉnh " + tag();
        MockHttpServletResponse response = mvc.perform(
                        newPerson(name).param("province", "80").param("commune", "00004"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Phường Ba Đình không thuộc Tây Ninh");
        assertThat(people.all()).noneMatch(p -> p.fullName().equals(name));
    }

    @Test
    void anAddressRecordedBeforeTheMergerKeepsItsFormerNamesWithCuThroughAnEdit() throws Exception {
        // given a person whose address was recorded in October 2024, in Long An's units of the day
        UUID id = people.create(person("Võ Thị Trước Hợp Nhất " + tag()), null);
        addresses.move(id, new PostalAddress("80", "27802", null, LocalDate.of(2024, 10, 15)));
        String former = "Xã Bình Thạnh (cũ), Huyện Mộc Hóa (cũ), Long An (cũ)";
        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/people/" + id))))
                .contains(former);

        // when STAFF edits the profile and leaves the selects empty, the form having shown the former address
        UserDetails staff = staff();
        assertThat(body(mvc.perform(
                        MockMvcRequestBuilders.get("/admin/people/" + id).with(user(staff)))))
                .contains(former);
        MockHttpServletResponse kept = mvc.perform(
                        edit(id, staff).param("province", "").param("commune", ""))
                .andReturn()
                .getResponse();

        // then the former address is kept, with its day
        assertThat(kept.getStatus()).isEqualTo(302);
        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/people/" + id))))
                .contains(former);
        assertThat(addresses.of(id).recordedOn()).isEqualTo(LocalDate.of(2024, 10, 15));

        // and choosing today's units records them today
        mvc.perform(edit(id, staff).param("province", "80").param("commune", "27823"));
        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/people/" + id))))
                .contains("Xã Mộc Hóa, Tây Ninh")
                .doesNotContain("(cũ)");
    }

    @Test
    void aScientistSetsTheAddressOnTheirOwnProfile() throws Exception {
        String username = testUsers.create(Role.EXPERT);
        UUID id = people.create(person("Đặng Tự Cập Nhật " + tag()), username);
        UserDetails scientist = testUsers.principal(username);
        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/my-profile").with(user(scientist)))))
                .contains("id=\"province\"", "id=\"commune\"");

        MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.post("/my-profile")
                        .with(csrf())
                        .with(user(scientist))
                        .param("fullName", people.editable(id).data().fullName())
                        .param("version", Long.toString(people.editable(id).version()))
                        .param("province", "80")
                        .param("commune", "27823"))
                .andReturn()
                .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/people/" + id))))
                .contains("Xã Mộc Hóa, Tây Ninh");
    }

    @Test
    void theAddressIsInTheWorkbookExportAndThePeopleApiFormerUnitsWithCu() throws Exception {
        // given one person in today's Xã Mộc Hóa and one recorded in Long An's units before the merger
        String tag = tag();
        UUID today = people.create(person("Ngô Xuất Nay " + tag), null);
        addresses.move(today, new PostalAddress("80", "27823", null, LocalDate.of(2026, 3, 2)));
        UUID former = people.create(person("Ngô Xuất Cũ " + tag), null);
        addresses.move(former, new PostalAddress("80", "27802", null, LocalDate.of(2024, 10, 15)));

        // when STAFF exports the people
        byte[] export = mvc.perform(
                        MockMvcRequestBuilders.get("/admin/people/export.xlsx").with(user(staff())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        // then each row ends with the province and the commune, as the public page names them
        java.util.Map<String, String> rows = new java.util.HashMap<>();
        String header;
        org.apache.poi.ss.usermodel.DataFormatter cells = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            header = cells.formatCellValue(sheet.getRow(0).getCell(13)) + "|"
                    + cells.formatCellValue(sheet.getRow(0).getCell(14));
            for (var row : sheet) {
                rows.put(
                        cells.formatCellValue(row.getCell(0)),
                        cells.formatCellValue(row.getCell(13)) + "|" + cells.formatCellValue(row.getCell(14)));
            }
        }
        assertThat(header).isEqualTo("Tỉnh, thành phố (province)|Xã, phường (commune)");
        assertThat(rows.get("Ngô Xuất Nay " + tag)).isEqualTo("Tây Ninh|Xã Mộc Hóa");
        assertThat(rows.get("Ngô Xuất Cũ " + tag)).isEqualTo("Long An (cũ)|Xã Bình Thạnh (cũ), Huyện Mộc Hóa (cũ)");

        // and the people API gives the codes, the day of the list and the same words
        String json = body(mvc.perform(MockMvcRequestBuilders.get("/api/v1/people/" + former)));
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(json, "$.address.provinceCode"))
                .isEqualTo("80");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(json, "$.address.communeCode"))
                .isEqualTo("27802");
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(json, "$.address.beforeMerger"))
                .isTrue();
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(json, "$.address.text"))
                .isEqualTo("Xã Bình Thạnh (cũ), Huyện Mộc Hóa (cũ), Long An (cũ)");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(
                        body(mvc.perform(MockMvcRequestBuilders.get("/api/v1/people/" + today))), "$.address.text"))
                .isEqualTo("Xã Mộc Hóa, Tây Ninh");
    }

    private MockHttpServletRequestBuilder newPerson(String name) {
        return MockMvcRequestBuilders.post("/admin/people/new")
                .with(csrf())
                .with(user(staff()))
                .param("fullName", name)
                .param("version", "0");
    }

    private MockHttpServletRequestBuilder edit(UUID id, UserDetails staff) {
        People.EditablePerson person = people.editable(id);
        return MockMvcRequestBuilders.post("/admin/people/" + id)
                .with(csrf())
                .with(user(staff))
                .param("fullName", person.data().fullName())
                .param("version", Long.toString(person.version()));
    }

    private static PersonData person(String name) {
        return new PersonData(
                name, null, null, null, null, null, null, Set.of(), null, null, null, null, false, null, null, null);
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
