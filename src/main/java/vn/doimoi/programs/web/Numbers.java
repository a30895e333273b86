package vn.doimoi.programs.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Numbers as people type them in Vietnam: "21.500.000", "0,72", or plain "152000.5". */
final class Numbers {

    private Numbers() {}

    /** The number, null when blank; throws {@link NumberFormatException} when not a number. */
    static @Nullable BigDecimal parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip().replace(" ", "").replace("\u00a0", "");
        if (clean.contains(",")) {
            clean = clean.replace(".", "").replace(',', '.');
        } else if (clean.matches("\\d{1,3}(\\.\\d{3})+")) {
            clean = clean.replace(".", "");
        }
        return new BigDecimal(clean);
    }
}
