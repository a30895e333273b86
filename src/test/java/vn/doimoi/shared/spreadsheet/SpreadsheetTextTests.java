package vn.doimoi.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text in and out of workbooks stays text (OWASP CSV injection; issue 16 #9). */
class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.test\",\"x\")",
                "+1",
                "-1+2",
                "@SUM(A1)",
                "\t=1+1",
                "\r=1+1",
                "\n=1+1",
                "'=1+1"
            })
    void aTextThatASpreadsheetCouldRunIsWrittenWithAQuoteAndReadBackAsText(String text) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cell cell = workbook.createSheet().createRow(0).createCell(0);

            SpreadsheetText.write(cell, text);

            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + text);
            String expected = Character.isWhitespace(text.charAt(0)) ? "'" + text.strip() : text;
            assertThat(SpreadsheetText.read(cell, new DataFormatter())).isEqualTo(expected);
        }
    }

    @Test
    void ordinaryTextIsWrittenAsItIs() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cell cell = workbook.createSheet().createRow(0).createCell(0);

            SpreadsheetText.write(cell, "Viện Khoa học 1+1 = 2");

            assertThat(cell.getStringCellValue()).isEqualTo("Viện Khoa học 1+1 = 2");
        }
    }

    @Test
    void aLeadingTabIsNotTrimmedIntoAFormula() {
        assertThat(SpreadsheetText.fromCell("\t=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.fromCell(" \r\n+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.fromCell("  Viện  ")).isEqualTo("Viện");
        assertThat(SpreadsheetText.fromCell("=1+1")).as("typed so").isEqualTo("=1+1");
        assertThat(SpreadsheetText.fromCell(" \t ")).isNull();
    }

    @Test
    void aFormulaCellIsReadAsItsTextNeverEvaluated() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cell cell = workbook.createSheet().createRow(0).createCell(0);
            cell.setCellFormula("1+1");

            assertThat(SpreadsheetText.read(cell, new DataFormatter())).isEqualTo("=1+1");
        }
    }
}
