package vn.doimoi.directory.person;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** ORCID iDs: 16 characters in four groups, the last a ISO 7064 11,2 check character (0-9 or X). */
public final class Orcid {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    private Orcid() {}

    /** Accepts "https://orcid.org/0000-0002-1825-0097" and bare 16-character forms too; null when blank. */
    public static @Nullable String normalise(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^HTTPS?://ORCID\\.ORG/", "");
        String digits = value.replace("-", "");
        if (digits.length() == 16) {
            return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
                    + digits.substring(12);
        }
        return value;
    }

    public static boolean isValid(String orcid) {
        if (orcid == null || !FORMAT.matcher(orcid).matches()) {
            return false;
        }
        String digits = orcid.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char check = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == check;
    }
}
