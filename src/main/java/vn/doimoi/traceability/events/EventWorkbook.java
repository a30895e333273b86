package vn.doimoi.traceability.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.spreadsheet.TextSheet;

/**
 * Steps of lots in and out of Excel (issue 20): one sheet, one header row with these columns, one
 * step a row. The step is written as its code (HARVEST) or its Vietnamese name (Thu hoạch); the
 * time as dd/MM/yyyy HH:mm, Vietnam time. The template is the same sheet with one example row.
 */
final class EventWorkbook {

    static final List<String> COLUMNS = List.of(
            "Mã GTIN sản phẩm (gtin)",
            "Số lô (lot)",
            "Công đoạn (step): PLANTING, HARVEST, PROCESSING, PACKING, SHIPPING, RECEIVING",
            "Thời điểm dd/MM/yyyy HH:mm (time)",
            "Mã GLN địa điểm (gln)",
            "Số lượng (quantity)",
            "Khách hàng / nhà cung cấp (partner)",
            "Ghi chú (note)");

    static final int GTIN = 0;
    static final int LOT = 1;
    static final int STEP = 2;
    static final int TIME = 3;
    static final int GLN = 4;
    static final int QUANTITY = 5;
    static final int PARTNER = 6;
    static final int NOTE = 7;

    private EventWorkbook() {}

    /** The template: the columns and one example row (the organisation's own lot and location when it has them). */
    static byte[] template(@Nullable String gtin, @Nullable String lot, @Nullable String gln) {
        return TextSheet.write("Cong doan", COLUMNS, List.<@Nullable String[]>of(new @Nullable String[] {
            gtin == null ? "8930000000019" : gtin,
            lot == null ? "TL-2612-01" : lot,
            "HARVEST",
            "01/12/2026 06:30",
            gln == null ? "8930000000026" : gln,
            "1200",
            null,
            "Thu hoạch đợt 1"
        }));
    }

    static List<TextSheet.Line> read(InputStream input) throws IOException {
        return TextSheet.read(input, COLUMNS.size());
    }
}
