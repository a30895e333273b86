package vn.doimoi.traceability.events;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.spreadsheet.TextSheet;

/**
 * Steps of lots in and out of Excel (issue 20): one sheet, one header row with these columns, one
 * step a row. The step is written as its code (HARVEST) or its Vietnamese name (Thu hoạch); the
 * time as dd/MM/yyyy HH:mm, Vietnam time. The template is the same sheet with a lot's example
 * journey.
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

    /** How the template writes a time, as the sheet is read back (Vietnam time). */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private EventWorkbook() {}

    /**
     * The keys the example rows use: the organisation's newest lot, its farm and its plant (the
     * placeholders of a sheet when it has none yet).
     */
    record Example(String gtin, String lot, LocalDate producedOn, String farmGln, String plantGln) {

        static Example placeholder(LocalDate today) {
            return new Example("8930000000019", "TL-2612-01", today.minusDays(1), "8930000000026", "8930000000026");
        }
    }

    /**
     * The template: the columns and the lot's example journey from planting to shipping, dated from
     * its production day, with the steps that have happened by now only, so that the sheet as
     * downloaded can be imported at once.
     */
    static byte[] template(Example example, Instant now) {
        LocalDate day = example.producedOn();
        List<@Nullable String[]> rows = new ArrayList<>();
        add(
                rows,
                now,
                example,
                example.farmGln(),
                "PLANTING",
                day.minusDays(120).atTime(7, 0),
                null,
                "Xuống giống");
        add(rows, now, example, example.farmGln(), "HARVEST", day.atTime(6, 30), null, "Thu hoạch đợt 1");
        add(rows, now, example, example.plantGln(), "PACKING", day.atTime(14, 0), null, "Đóng thùng 10 kg");
        add(
                rows,
                now,
                example,
                example.plantGln(),
                "SHIPPING",
                day.plusDays(1).atTime(8, 0),
                "Siêu thị Co.opmart Tân An",
                null);
        return TextSheet.write("Cong doan", COLUMNS, rows);
    }

    private static void add(
            List<@Nullable String[]> rows,
            Instant now,
            Example example,
            String gln,
            String step,
            LocalDateTime time,
            @Nullable String partner,
            @Nullable String note) {
        if (time.atZone(FieldEvents.VIETNAM).toInstant().isAfter(now)) {
            return;
        }
        rows.add(new @Nullable String[] {
            example.gtin(), example.lot(), step, WRITTEN.format(time), gln, null, partner, note
        });
    }

    static List<TextSheet.Line> read(InputStream input) throws IOException {
        return TextSheet.read(input, COLUMNS.size());
    }
}
