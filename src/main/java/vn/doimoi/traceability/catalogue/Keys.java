package vn.doimoi.traceability.catalogue;

import java.util.regex.Pattern;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.gs1.Gln;
import vn.doimoi.traceability.gs1.Gtin;
import vn.doimoi.traceability.gs1.InvalidGs1DataException;

/**
 * The GS1 keys of the catalogue as the forms give them: checked and put in their stored form, with
 * the refusal in Vietnamese. The GS1 rules themselves are the {@code gs1} package's.
 */
public final class Keys {

    private static final Pattern LOT = Pattern.compile("[A-Za-z0-9._-]{1,20}");

    private Keys() {}

    /** The 14-digit GTIN; refused unless valid (GS1's check digit) and under the Vietnamese prefix. */
    public static String gtin(String raw) {
        Gtin gtin;
        try {
            gtin = Gtin.parse(raw);
        } catch (InvalidGs1DataException e) {
            throw DomainException.invalid("traceability.error.gtin", raw.strip());
        }
        if (!gtin.companyPrefixStartsWith(Gtin.VIETNAM_PREFIX)) {
            throw DomainException.invalid("traceability.error.gtinPrefix", raw.strip());
        }
        return gtin.value();
    }

    /** The 13-digit GLN; refused unless valid (GS1's check digit). */
    public static String gln(String raw) {
        try {
            return Gln.parse(raw).value();
        } catch (InvalidGs1DataException e) {
            throw DomainException.invalid("traceability.error.gln", raw.strip());
        }
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
