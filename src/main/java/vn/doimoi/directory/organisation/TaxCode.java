package vn.doimoi.directory.organisation;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The enterprise tax code (mã số thuế): ten digits whose last is a check digit, optionally
 * followed by "-" and three digits for a branch (13 digits in all).
 */
public final class TaxCode {

    private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCode() {}

    /** The code with spaces removed and a 13-digit code without dash given its dash; null when blank. */
    public static @Nullable String normalise(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.replaceAll("\\s", "");
        if (code.matches("\\d{13}")) {
            code = code.substring(0, 10) + "-" + code.substring(10);
        }
        return code;
    }

    public static boolean isValid(@Nullable String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (code.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check < 10 && check == code.charAt(9) - '0';
    }
}
