package vn.doimoi.directory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;

/** The organisations workbook neither writes nor reads a formula (issue 16 #9). */
class OrganisationWorkbookInjectionTests {

    private static final List<String> HOSTILE =
            List.of("=HYPERLINK(\"http://evil.test\",\"x\")", "+1", "-1+2", "@SUM(A1)", "\t=1+1");

    @Test
    void namesASpreadsheetWouldRunAreExportedAsQuotedTextAndNoCellIsAFormula() throws Exception {
        List<OrganisationData> organisations = new ArrayList<>();
        for (String name : HOSTILE) {
            organisations.add(organisation(name, "+84 272 3000000"));
        }

        byte[] export = OrganisationWorkbook.write(organisations);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < HOSTILE.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + HOSTILE.get(i));
                assertThat(row.getCell(10).getStringCellValue()).isEqualTo("'+84 272 3000000");
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void anExportedSheetReadsBackToTheSameText() throws Exception {
        byte[] export = OrganisationWorkbook.write(List.of(organisation("=1+1", "+84 272 3000000")));

        List<OrganisationWorkbook.Row> rows = OrganisationWorkbook.read(new ByteArrayInputStream(export));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.data().name()).isEqualTo("=1+1");
            assertThat(row.data().phone()).isEqualTo("+84 272 3000000");
        });
    }

    @Test
    void anImportedLeadingTabIsNotTrimmedIntoAFormulaAndAFormulaCellIsNotEvaluated() throws Exception {
        byte[] sheet;
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet first = workbook.createSheet();
            first.createRow(0).createCell(0).setCellValue("header");
            Row row = first.createRow(1);
            row.createCell(0).setCellValue("ENTERPRISE");
            row.createCell(1).setCellValue("\t=1+1");
            row.createCell(2).setCellFormula("1+1");
            workbook.write(out);
            sheet = out.toByteArray();
        }

        List<OrganisationWorkbook.Row> rows = OrganisationWorkbook.read(new ByteArrayInputStream(sheet));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.data().name()).as("visible, and no formula").isEqualTo("'=1+1");
            assertThat(row.data().shortName()).as("its text, not 2").isEqualTo("=1+1");
        });
    }

    private static OrganisationData organisation(String name, String phone) {
        return new OrganisationData(
                OrganisationType.ENTERPRISE,
                name,
                null,
                null,
                null,
                Set.of(),
                null,
                null,
                null,
                null,
                phone,
                null,
                "-nội dung");
    }
}
