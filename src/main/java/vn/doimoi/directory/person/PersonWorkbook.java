package vn.doimoi.directory.person;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.AcademicTitle;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.PersonData;
import vn.doimoi.shared.spreadsheet.SheetRow;
import vn.doimoi.shared.spreadsheet.TextSheet;

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

    /**
     * Where the person is, after the profile's columns, in the template, the export and the import:
     * names (or codes) of the official list, checked on import; a province's name from before the
     * merger is read as the province it became part of. A sheet of the profile's columns alone still
     * imports.
     */
    static final List<String> EXPORT_COLUMNS = java.util.stream.Stream.concat(
                    COLUMNS.stream(), java.util.stream.Stream.of("Tỉnh, thành phố (province)", "Xã, phường (commune)"))
            .toList();

    private PersonWorkbook() {}

    /** One person as the sheet holds it: the organisation as written (tax code or name). */
    record Line(
            PersonData data,
            @Nullable String organisation,
            @Nullable String province,
            @Nullable String commune) {}

    /** A row read from a sheet: its number as Excel shows it, and either the line or why not. */
    record Row(int number, @Nullable Line line, @Nullable String problemKey, Object[] problemArgs)
            implements SheetRow<Line> {

        @Override
        public @Nullable Line value() {
            return line;
        }
    }

    static byte[] write(List<Line> people) {
        return write(people, EXPORT_COLUMNS);
    }

    private static byte[] write(List<Line> people, List<String> columns) {
        return TextSheet.write(
                "Nha khoa hoc",
                columns,
                people.stream()
                        .map(line -> {
                            PersonData data = line.data();
                            return new @Nullable String[] {
                                data.fullName(),
                                data.academicTitle() == null
                                        ? null
                                        : data.academicTitle().name(),
                                data.degree() == null ? null : degreeLabel(data.degree()),
                                data.position(),
                                line.organisation(),
                                data.email(),
                                data.orcid(),
                                TextSheet.codeCell(data.fieldCodes()),
                                data.expertise(),
                                data.publications(),
                                data.patents(),
                                data.biography(),
                                data.acceptsReview() ? "Có" : "Không",
                                line.province(),
                                line.commune()
                            };
                        })
                        .map(cells -> java.util.Arrays.copyOf(cells, columns.size()))
                        .toList());
    }

    static byte[] template() {
        return write(
                List.of(new Line(
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
                        "0100109106",
                        "Tây Ninh",
                        "Phường Tân An")),
                EXPORT_COLUMNS);
    }

    /** Every non-empty row after the header, parsed; the caller validates the business rules. */
    static List<Row> read(InputStream input) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (TextSheet.Line cells : TextSheet.read(input, EXPORT_COLUMNS.size())) {
            int number = cells.number();
            String titleCell = cells.cell(1);
            AcademicTitle title = null;
            if (titleCell != null) {
                title = parse(AcademicTitle.class, titleCell);
                if (title == null) {
                    rows.add(new Row(number, null, "person.import.badTitle", new Object[] {titleCell}));
                    continue;
                }
            }
            String degreeCell = cells.cell(2);
            Degree degree = null;
            if (degreeCell != null) {
                degree = parse(Degree.class, degreeCell);
                if (degree == null) {
                    rows.add(new Row(number, null, "person.import.badDegree", new Object[] {degreeCell}));
                    continue;
                }
            }
            String reviewCell = cells.cell(12);
            Boolean acceptsReview = yesNo(reviewCell);
            if (acceptsReview == null) {
                rows.add(new Row(number, null, "person.import.badYesNo", new Object[] {reviewCell}));
                continue;
            }
            PersonData data = new PersonData(
                    Objects.requireNonNullElse(cells.cell(0), ""),
                    title,
                    degree,
                    cells.cell(3),
                    null,
                    cells.cell(5),
                    cells.cell(6),
                    TextSheet.codes(cells.cell(7)),
                    cells.cell(8),
                    cells.cell(9),
                    cells.cell(10),
                    cells.cell(11),
                    acceptsReview,
                    null,
                    null,
                    null);
            rows.add(new Row(
                    number, new Line(data, cells.cell(4), cells.cell(13), cells.cell(14)), null, new Object[0]));
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
