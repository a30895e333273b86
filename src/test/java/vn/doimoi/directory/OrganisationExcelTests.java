package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
import vn.doimoi.identity.Role;

/** Organisations in and out of Excel, as staff do it: all rows or none, with a report per row. */
@DoimoiSpringTest
class OrganisationExcelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Directory directory;

    @Test
    void aSheetWithBadRowsImportsNothingAndSaysWhichRowsAndWhy() throws Exception {
        // given a sheet with one good row, a wrong tax code and an unknown type
        String tag = UUID.randomUUID().toString().substring(0, 6);
        byte[] sheet = sheet(
                new String[] {"ENTERPRISE", "Công ty Nhập Tốt " + tag, "", "", "", "401, 406", "Tây Ninh"},
                new String[] {"ENTERPRISE", "Công ty Mã Sai " + tag, "", "0300588568", "", "", ""},
                new String[] {"NHA_MAY", "Nhà máy " + tag, "", "", "", "", ""});

        // when staff import it
        String page = importSheet(sheet);

        // then nothing is added and rows 3 and 4 are explained
        assertThat(page)
                .contains("Không nhập gì vì có 2 lỗi")
                .contains("Dòng 3: Mã số thuế \"0300588568\" không hợp lệ")
                .contains("Dòng 4: loại hình \"NHA_MAY\" không hợp lệ");
        assertThat(directory.organisations()).noneMatch(o -> o.name().endsWith(tag));
    }

    @Test
    void aRowWithAnEmptyTypeCellIsReportedAsThatRowNotAsAServerError() throws Exception {
        // given a sheet whose second row leaves the type cell empty
        String tag = UUID.randomUUID().toString().substring(0, 6);
        byte[] sheet = sheet(
                new String[] {"ENTERPRISE", "Công ty Có Loại " + tag, "", "", "", "", "Tây Ninh"},
                new String[] {"", "Công ty Không Loại " + tag, "", "", "", "", "Tây Ninh"});

        // when staff import it
        String page = importSheet(sheet);

        // then the report names row 3 and what is missing, and nothing is added
        assertThat(page).contains("Không nhập gì vì có 1 lỗi").contains("Dòng 3: thiếu loại hình");
        assertThat(directory.organisations()).noneMatch(o -> o.name().endsWith(tag));
    }

    @Test
    void aCleanSheetIsImportedAndComesBackInTheExport() throws Exception {
        // given
        String tag = UUID.randomUUID().toString().substring(0, 6);
        byte[] sheet = sheet(
                new String[] {"institute", "Viện Nhập Khẩu " + tag, "VNK", "", "", "401;406", "Tây Ninh"},
                new String[] {"UNIVERSITY", "Trường Nhập Khẩu " + tag, "", "", "", "", "Đồng Tháp"});

        // when
        String page = importSheet(sheet);
        byte[] export = mvc.perform(MockMvcRequestBuilders.get("/admin/organisations/export.xlsx")
                        .with(user(staff())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        // then
        assertThat(page).contains("Đã nhập 2 tổ chức.");
        assertThat(directory.organisations())
                .filteredOn(o -> o.name().equals("Viện Nhập Khẩu " + tag))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.type()).isEqualTo(OrganisationType.INSTITUTE);
                    assertThat(o.fieldCodes()).containsExactlyInAnyOrder("401", "406");
                });
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                found |= ("Viện Nhập Khẩu " + tag).equals(row.getCell(1).getStringCellValue())
                        && "401, 406".equals(row.getCell(5).getStringCellValue());
            }
            assertThat(found)
                    .as("the imported institute is in the export with its fields")
                    .isTrue();
        }
    }

    @Test
    void theTemplateHasTheColumnsAndAnExample() throws Exception {
        byte[] template = mvc.perform(MockMvcRequestBuilders.get("/admin/organisations/template.xlsx")
                        .with(user(staff())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tên tổ chức (name)");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Công ty TNHH Ví Dụ");
        }
    }

    private String importSheet(byte[] sheet) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/admin/organisations/import")
                        .file(new MockMultipartFile("file", "to-chuc.xlsx", "application/octet-stream", sheet))
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
