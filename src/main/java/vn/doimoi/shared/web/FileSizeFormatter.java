package vn.doimoi.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A file's size as a reader reads it, in decimal units with a Vietnamese decimal comma: "812 B",
 * "15,9 KB" (15 919 bytes), "1,2 MB", "3,4 GB". Never a raw byte count like "15.919 B".
 */
public final class FileSizeFormatter {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private FileSizeFormatter() {}

    public static String format(long bytes) {
        if (bytes < 1000) {
            return Math.max(0, bytes) + " B";
        }
        BigDecimal size = BigDecimal.valueOf(bytes);
        int unit = -1;
        while (size.compareTo(BigDecimal.valueOf(999.95)) >= 0 && unit < UNITS.length - 1) {
            size = size.divide(BigDecimal.valueOf(1000));
            unit++;
        }
        String text = size.setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
        return text + " " + UNITS[unit];
    }
}
