package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.directory.person.People;
import vn.doimoi.directory.person.PersonAddresses;
import vn.doimoi.identity.Role;

/** Scientists in and out of Excel, as staff do it: all rows or none, a report per row, no private data out. */
@DoimoiSpringTest
class PersonExcelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Directory directory;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    PersonAddresses personAddresses;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aSheetWithBadRowsImportsNothingAndSaysWhichRowsAndWhyInVietnamese() throws Exception {
        // given one good row, a wrong ORCID, an unknown degree and an organisation not in the directory
        byte[] sheet = sheet(
                new String[] {"Phạm Văn Tốt " + tag, "PGS", "TS", "", "", "", "", "401"},
                new String[] {"Lê Thị Sai " + tag, "", "ThS", "", "", "", "0000-0002-1825-0098"},
                new String[] {"Đỗ Văn Học Vị " + tag, "", "Tiến sĩ giỏi"},
                new String[] {"Vũ Thị Cơ Quan " + tag, "", "", "", "Viện Không Có " + tag});

        // when staff import it
        String page = importSheet(sheet);

        // then nothing is added and rows 3, 4 and 5 are explained
        assertThat(page)
                .contains("Không nhập gì vì có 3 lỗi")
                .contains("Dòng 3: Mã ORCID \"0000-0002-1825-0098\" không hợp lệ")
                .contains("Dòng 4: học vị \"Tiến sĩ giỏi\" không hợp lệ")
                .contains("Dòng 5: không có cơ quan \"Viện Không Có " + tag + "\" trong danh bạ");
        assertThat(directory.people()).noneMatch(p -> p.fullName().endsWith(tag));
    }

    @Test
    void aCleanSheetIsImportedWithItsOrganisationAndComesBackInTheExportWithoutPrivateData() throws Exception {
        // given an organisation in the directory and a person with private data
        UUID institute = organisations.create(new OrganisationData(
                OrganisationType.INSTITUTE,
                "Viện Lúa Nhập " + tag,
                null,
                null,
                "Tây Ninh",
                null,
                null,
                null,
                null,
                null,
                null));
        people.create(
                new PersonData(
                        "Trần Riêng Tư " + tag,
                        null,
                        Degree.TS,
                        null,
                        institute,
                        null,
                        null,
                        Set.of("401"),
                        null,
                        null,
                        null,
                        null,
                        true,
                        "079123456789",
                        "0909 123 456",
                        "Vợ làm ở Công ty Anh Em " + tag),
                null);
        byte[] sheet = sheet(
                new String[] {
                    "Nguyễn Nhập Một " + tag,
                    "GS",
                    "TSKH",
                    "Viện trưởng",
                    "Viện Lúa Nhập " + tag,
                    "",
                    "",
                    "401; 406",
                    "Giống lúa chịu mặn",
                    "",
                    "",
                    "",
                    "Có"
                },
                new String[] {"Hồ Nhập Hai " + tag, "", "ThS", "", "", "", "", "", "", "", "", "", "Không"});

        // when staff import it and export everyone
        String page = importSheet(sheet);
        byte[] export = mvc.perform(
                        MockMvcRequestBuilders.get("/admin/people/export.xlsx").with(user(staff())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        // then both are in the directory with their organisation, title and fields
        assertThat(page).contains("Đã nhập 2 nhà khoa học.");
        assertThat(directory.people())
                .filteredOn(p -> p.fullName().equals("Nguyễn Nhập Một " + tag))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.academicTitle()).isEqualTo(AcademicTitle.GS);
                    assertThat(p.degree()).isEqualTo(Degree.TSKH);
                    assertThat(p.organisationId()).isEqualTo(institute);
                    assertThat(p.fieldCodes()).containsExactlyInAnyOrder("401", "406");
                    assertThat(p.acceptsReview()).isTrue();
                });
        // and the export has them, and never the private data
        StringBuilder all = new StringBuilder();
        boolean found = false;
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    all.append(formatter.formatCellValue(cell)).append('|');
                }
                found |= ("Nguyễn Nhập Một " + tag).equals(row.getCell(0).getStringCellValue())
                        && ("Viện Lúa Nhập " + tag).equals(row.getCell(4).getStringCellValue());
            }
        }
        assertThat(found)
                .as("the imported person is exported with the organisation's name")
                .isTrue();
        assertThat(all.toString())
                .contains("Trần Riêng Tư " + tag)
                .doesNotContain("079123456789")
                .doesNotContain("0909 123 456")
                .doesNotContain("Công ty Anh Em " + tag);
    }

    @Test
    void theProvinceAndCommuneOfARowAreCheckedAgainstTheListAndAFormerProvinceIsMapped() throws Exception {
        // given a sheet with an address each way staff write one, and rows naming places the list does not hold
        byte[] bad = sheet(
                address("Lê Tỉnh Lạ " + tag, "Tỉnh Mộc Tinh", ""),
                address("Lê Xã Lạ " + tag, "Tây Ninh", "Xã Không Tên"),
                address("Lê Xã Khác Tỉnh " + tag, "Tây Ninh", "Phường Ba Đình"),
                address("Lê Xã Cũ " + tag, "Long An", "Xã Bình Hòa Tây"),
                address("Lê Thiếu Tỉnh " + tag, "", "Phường Tân An"));

        // when staff import it, then nothing is added and each row says why, in Vietnamese
        String refused = importSheet(bad);
        assertThat(refused)
                .contains("Không nhập gì vì có 5 lỗi")
                .contains("Dòng 2: tỉnh, thành phố \"Tỉnh Mộc Tinh\" không có trong danh mục đơn vị hành chính")
                .contains("Dòng 3: xã, phường \"Xã Không Tên\" không có trong danh mục xã, phường của Tây Ninh")
                .contains("Dòng 4: xã, phường \"Phường Ba Đình\" không có trong danh mục xã, phường của Tây Ninh")
                .contains("Dòng 5: xã, phường \"Xã Bình Hòa Tây\" không có trong danh mục xã, phường của Tây Ninh")
                .contains("Dòng 6: có xã, phường \"Phường Tân An\" nhưng thiếu tỉnh, thành phố");
        assertThat(directory.people()).noneMatch(p -> p.fullName().endsWith(tag));

        // when the sheet names current units (any case, old tone marks), a pre-merger province, or no address
        String page = importSheet(sheet(
                address("Phan Hiện Tại " + tag, "tây ninh", "phường tân an"),
                address("Phan Trước Sáp Nhập " + tag, "Tỉnh Long An", "Xã Mộc Hoá"),
                address("Phan Xuất Lại " + tag, "Long An (cũ)", ""),
                address("Phan Không Địa Chỉ " + tag, "", "")));

        // then all are added, each where the current list puts it
        assertThat(page).contains("Đã nhập 4 nhà khoa học.");
        assertThat(addressOf("Phan Hiện Tại " + tag)).isEqualTo("Phường Tân An, Tây Ninh");
        assertThat(addressOf("Phan Trước Sáp Nhập " + tag)).isEqualTo("Xã Mộc Hóa, Tây Ninh");
        assertThat(addressOf("Phan Xuất Lại " + tag)).isEqualTo("Tây Ninh");
        assertThat(addressOf("Phan Không Địa Chỉ " + tag)).isNull();
    }

    /** A row with the profile's columns empty but the name and the review column, then the address. */
    private static String[] address(String name, String province, String commune) {
        return new String[] {name, "", "", "", "", "", "", "", "", "", "", "", "Không", province, commune};
    }

    private String addressOf(String fullName) {
        UUID id = directory.people().stream()
                .filter(p -> p.fullName().equals(fullName))
                .findFirst()
                .orElseThrow()
                .id();
        return personAddresses.formatted(id);
    }

    @Test
    void theTemplateHasTheColumnsAndAnExampleAndNoPrivateColumn() throws Exception {
        byte[] template = mvc.perform(MockMvcRequestBuilders.get("/admin/people/template.xlsx")
                        .with(user(staff())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Họ và tên (fullName)");
            StringBuilder headers = new StringBuilder();
            header.forEach(cell -> headers.append(cell.getStringCellValue()).append('|'));
            assertThat(headers.toString()).doesNotContain("định danh").doesNotContain("Điện thoại");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Nguyễn Văn Ví Dụ");
        }
    }

    private String importSheet(byte[] sheet) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/admin/people/import")
                        .file(new MockMultipartFile("file", "nha-khoa-hoc.xlsx", "application/octet-stream", sheet))
                        .with(user(staff()))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private UserDetails staff() {
        return testUsers.principal(testUsers.create(Role.STAFF));
    }

    private static byte[] sheet(String[]... rows) throws Exception {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("header");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
