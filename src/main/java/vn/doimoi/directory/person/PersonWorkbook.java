package vn.doimoi.directory.person;

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
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.AcademicTitle;
import vn.doimoi.directory.Degree;
import vn.doimoi.shared.spreadsheet.SpreadsheetText;

/**
 * People in and out of Excel, like organisations: one sheet, one header row with these columns.
 * The private data (national ID, phone, declared relatives) has no column: it is never written
 * to a file that travels, and is entered only in the profile form.
 */
final class PersonWorkbook {

    static final List<String> COLUMNS = List.of(
            "Họ và tên (fullName)",
            "Học hàm (academicTitle: GS, PGS)",
            "Học vị (degree: TSKH, TS, ThS, …)",
            "Chức vụ (position)",
            "Cơ quan công tác: mã số thuế hoặc tên (organisation)",
            "Thư điện tử (email)",
            "ORCID (orcid)",
            "Lĩnh vực (fieldCodes)",
            "Chuyên môn, từ khoá (expertise)",
            "Công trình công bố (publications)",
            "Sáng chế (patents)",
            "Quá trình công tác (biography)",
            "Nhận phản biện (acceptsReview: Có/Không)");

    private PersonWorkbook() {}

    /** One person as the sheet holds it: the organisation as written (tax code or name). */
    record Line(PersonData data, @Nullable String organisation) {}

    /** A row read from a sheet: its number as Excel shows it, and either the line or why not. */
    record Row(int number, @Nullable Line line, @Nullable String problemKey, Object[] problemArgs) {}

    static byte[] write(List<Line> people) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Nha khoa hoc");
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
            for (Line line : people) {
                PersonData data = line.data();
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(index++);
                String[] values = {
                    data.fullName(),
                    data.academicTitle() == null ? null : data.academicTitle().name(),
                    data.degree() == null ? null : degreeLabel(data.degree()),
                    data.position(),
                    line.organisation(),
                    data.email(),
                    data.orcid(),
                    String.join(", ", new TreeSet<>(data.fieldCodes())),
                    data.expertise(),
                    data.publications(),
                    data.patents(),
                    data.biography(),
                    data.acceptsReview() ? "Có" : "Không"
                };
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null && !values[i].isEmpty()) {
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
        return write(List.of(new Line(
                new PersonData(
                        "Nguyễn Văn Ví Dụ",
                        AcademicTitle.PGS,
                        Degree.TS,
                        "Trưởng phòng thí nghiệm",
                        null,
                        "nguyenvanvidu@vidu.edu.vn",
                        "0000-0002-1825-0097",
                        Set.of("401", "406"),
                        "Giống lúa chịu mặn, canh tác thích ứng biến đổi khí hậu",
                        null,
                        null,
                        "Xoá dòng ví dụ này trước khi nhập.",
                        true,
                        null,
                        null,
                        null),
                "0100109106")));
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
                AcademicTitle title = null;
                if (cells[1] != null) {
                    title = parse(AcademicTitle.class, cells[1]);
                    if (title == null) {
                        rows.add(new Row(number, null, "person.import.badTitle", new Object[] {cells[1]}));
                        continue;
                    }
                }
                Degree degree = null;
                if (cells[2] != null) {
                    degree = parse(Degree.class, cells[2]);
                    if (degree == null) {
                        rows.add(new Row(number, null, "person.import.badDegree", new Object[] {cells[2]}));
                        continue;
                    }
                }
                Boolean acceptsReview = yesNo(cells[12]);
                if (acceptsReview == null) {
                    rows.add(new Row(number, null, "person.import.badYesNo", new Object[] {cells[12]}));
                    continue;
                }
                Set<String> fields = cells[7] == null
                        ? Set.of()
                        : new LinkedHashSet<>(Arrays.stream(cells[7].split("[,;\\s]+"))
                                .filter(code -> !code.isBlank())
                                .toList());
                PersonData data = new PersonData(
                        cells[0] == null ? "" : cells[0],
                        title,
                        degree,
                        cells[3],
                        null,
                        cells[5],
                        cells[6],
                        fields,
                        cells[8],
                        cells[9],
                        cells[10],
                        cells[11],
                        acceptsReview,
                        null,
                        null,
                        null);
                rows.add(new Row(number, new Line(data, cells[4]), null, new Object[0]));
            }
        }
        return rows;
    }

    /** "ThS" reads as written in Vietnamese documents; the others are their enum names. */
    static String degreeLabel(Degree degree) {
        return degree == Degree.THS ? "ThS" : degree.name();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        String key = value.replace(".", "").strip().toUpperCase(Locale.ROOT);
        for (E each : type.getEnumConstants()) {
            if (each.name().equals(key)) {
                return each;
            }
        }
        return null;
    }

    /** Empty means no; "Có"/"x"/"yes" yes, "Không"/"no" no; anything else is refused (null). */
    private static @Nullable Boolean yesNo(@Nullable String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "có", "co", "x", "yes", "true", "1" -> true;
            case "không", "khong", "no", "false", "0" -> false;
            default -> null;
        };
    }
}
