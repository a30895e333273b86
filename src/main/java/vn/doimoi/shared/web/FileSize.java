package vn.doimoi.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * A file's size as a reader reads it, the Vietnamese way: "830 B", "15,9 KB" (15 919 bytes),
 * "2,4 MB". Decimal units (1 KB = 1 000 bytes), as file managers and upload limits state them.
 */
public final class FileSize {

    private static final long KB = 1000;
    private static final long MB = KB * 1000;

    private FileSize() {}

    public static String of(long bytes) {
        if (bytes < KB) {
            return bytes + " B";
        }
        if (bytes < MB) {
            return oneDecimal(bytes, KB) + " KB";
        }
        return oneDecimal(bytes, MB) + " MB";
    }

    private static String oneDecimal(long bytes, long unit) {
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
        return VietnameseFormats.number(value);
    }
}
