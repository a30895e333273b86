package vn.doimoi.directory.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.shared.spreadsheet.SpreadsheetText;

/**
 * Organisations in and out of Excel. One sheet, one header row with these columns; field codes
 * separated by commas. The template is the same sheet with one example row.
 */
final class OrganisationWorkbook {

    static final List<String> COLUMNS = List.of(
            "Loại hình (type)",
            "Tên tổ chức (name)",
            "Tên viết tắt (shortName)",
            "Mã số thuế (taxCode)",
            "Số đăng ký KH&CN (registrationNumber)",
            "Lĩnh vực (fieldCodes)",
            "Tỉnh (province)",
            "Xã, phường (commune)",
            "Địa chỉ (streetAddress)",
            "Thư điện tử (email)",
            "Điện thoại (phone)",
            "Trang web (website)",
            "Giới thiệu (description)");

    private OrganisationWorkbook() {}

    /** A row read from a sheet: its number as Excel shows it, and either the data or why not. */
    record Row(int number, OrganisationData data, String problemKey, Object[] problemArgs) {}

    static byte[] write(List<OrganisationData> organisations) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("To chuc");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                SpreadsheetText.write(cell, COLUMNS.get(i));
                cell.setCellStyle(bold);
            }
            int index = 1;
            for (OrganisationData data : organisations) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(index++);
                String[] values = {
                    data.type().name(),
                    data.name(),
                    data.shortName(),
                    data.taxCode(),
                    data.registrationNumber(),
                    String.join(", ", new java.util.TreeSet<>(data.fieldCodes())),
                    data.province(),
                    data.commune(),
                    data.streetAddress(),
                    data.email(),
                    data.phone(),
                    data.website(),
                    data.description()
                };
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        SpreadsheetText.write(row.createCell(i), values[i]);
                    }
                }
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, 24 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] template() {
        return write(List.of(new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Công ty TNHH Ví Dụ",
                "Ví Dụ",
                "0100109106",
                null,
                Set.of("401", "406"),
                "Tây Ninh",
                "Phường Long An",
                "Số 1 đường Hùng Vương",
                "lienhe@vidu.vn",
                "0272 3000000",
                "https://vidu.vn",
                "Xoá dòng ví dụ này trước khi nhập.")));
    }

    /** Every non-empty row after the header, parsed; the caller validates the business rules. */
    static List<Row> read(InputStream input) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(input)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[COLUMNS.size()];
                boolean empty = true;
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = SpreadsheetText.read(cell, formatter);
                    empty &= cells[c] == null;
                }
                if (empty) {
                    continue;
                }
                int number = r + 1;
                if (cells[0] == null) {
                    rows.add(new Row(number, null, "organisation.import.noType", new Object[0]));
                    continue;
                }
                OrganisationType type;
                try {
                    type = OrganisationType.valueOf(cells[0].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    rows.add(new Row(number, null, "organisation.import.badType", new Object[] {cells[0]}));
                    continue;
                }
                Set<String> fields = cells[5] == null
                        ? Set.of()
                        : new LinkedHashSet<>(Arrays.stream(cells[5].split("[,;\\s]+"))
                                .filter(code -> !code.isBlank())
                                .toList());
                rows.add(new Row(
                        number,
                        new OrganisationData(
                                type, cells[1], cells[2], cells[3], cells[4], fields, cells[6], cells[7], cells[8],
                                cells[9], cells[10], cells[11], cells[12]),
                        null,
                        new Object[0]));
            }
        }
        return rows;
    }
}
