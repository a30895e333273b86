package vn.doimoi.traceability.catalogue;

import java.util.regex.Pattern;
import vn.doimoi.shared.DomainException;

/**
 * The GS1 keys of the catalogue as the forms give them: checked and put in their stored form, with
 * the refusal in Vietnamese. The GS1 rules themselves are the {@code gs1} package's.
 */
public final class Keys {

    private static final Pattern LOT = Pattern.compile("[A-Za-z0-9._-]{1,20}");

    /** GS1 Vietnam's prefix: an enterprise of the province numbers its products under it. */
    static final String VIETNAM_PREFIX = "893";

    private Keys() {}

    /** The 14-digit GTIN; refused unless valid and under the Vietnamese prefix. */
    public static String gtin(String raw) {
        String digits = raw.strip();
        if (!digits.matches("\\d{8}|\\d{12,14}")) {
            throw DomainException.invalid("traceability.error.gtin", raw);
        }
        String padded = "0".repeat(14 - digits.length()) + digits;
        if (!padded.substring(1).startsWith(VIETNAM_PREFIX)) {
            throw DomainException.invalid("traceability.error.gtinPrefix", raw);
        }
        return padded;
    }

    /** The 13-digit GLN; refused unless valid. */
    public static String gln(String raw) {
        String digits = raw.strip();
        if (!digits.matches("\\d{13}")) {
            throw DomainException.invalid("traceability.error.gln", raw);
        }
        return digits;
    }

    /** A lot number as AI (10) carries it; refused when empty, too long or with other characters. */
    public static String lot(String raw) {
        String lot = raw.strip();
        if (!LOT.matcher(lot).matches()) {
            throw DomainException.invalid("traceability.error.lot", raw);
        }
        return lot;
    }
}
