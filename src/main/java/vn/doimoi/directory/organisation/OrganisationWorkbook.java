package vn.doimoi.directory.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.shared.spreadsheet.SheetRow;
import vn.doimoi.shared.spreadsheet.TextSheet;

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
    record Row(
            int number,
            @Nullable OrganisationData data,
            @Nullable String problemKey,
            Object[] problemArgs) implements SheetRow<OrganisationData> {

        @Override
        public @Nullable OrganisationData value() {
            return data;
        }
    }

    static byte[] write(List<OrganisationData> organisations) {
        return TextSheet.write(
                "To chuc",
                COLUMNS,
                organisations.stream()
                        .map(data -> new @Nullable String[] {
                            data.type().name(),
                            data.name(),
                            data.shortName(),
                            data.taxCode(),
                            data.registrationNumber(),
                            TextSheet.codeCell(data.fieldCodes()),
                            data.province(),
                            data.commune(),
                            data.streetAddress(),
                            data.email(),
                            data.phone(),
                            data.website(),
                            data.description()
                        })
                        .toList());
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
        for (TextSheet.Line line : TextSheet.read(input, COLUMNS.size())) {
            int number = line.number();
            String typeCell = line.cell(0);
            if (typeCell == null) {
                rows.add(new Row(number, null, "organisation.import.noType", new Object[0]));
                continue;
            }
            OrganisationType type;
            try {
                type = OrganisationType.valueOf(typeCell.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                rows.add(new Row(number, null, "organisation.import.badType", new Object[] {typeCell}));
                continue;
            }
            rows.add(new Row(
                    number,
                    new OrganisationData(
                            type,
                            Objects.requireNonNullElse(line.cell(1), ""),
                            line.cell(2),
                            line.cell(3),
                            line.cell(4),
                            TextSheet.codes(line.cell(5)),
                            line.cell(6),
                            line.cell(7),
                            line.cell(8),
                            line.cell(9),
                            line.cell(10),
                            line.cell(11),
                            line.cell(12)),
                    null,
                    new Object[0]));
        }
        return rows;
    }
}
