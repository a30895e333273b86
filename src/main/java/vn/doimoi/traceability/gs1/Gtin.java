package vn.doimoi.traceability.gs1;

/**
 * A Global Trade Item Number, always held as 14 digits (GTIN-8, -12 and -13 are left-padded with
 * zeros, as Digital Link and EPCIS require).
 */
public record Gtin(String value) {

    /** Vietnam's GS1 prefix: GTINs allocated through GS1 Vietnam start 893 (as GTIN-13). */
    public static final String VIETNAM_PREFIX = "893";

    public Gtin {
        if (value.length() != 14 || !CheckDigit.isValid(value)) {
            throw refusal(value);
        }
    }

    /** A GTIN-8, -12, -13 or -14 with a correct check digit; spaces around it are ignored. */
    public static Gtin parse(String text) {
        String digits = text.strip();
        if (!(digits.length() == 8 || digits.length() == 12 || digits.length() == 13 || digits.length() == 14)
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidGs1DataException(Gs1Problem.BAD_FORMAT, "01", digits, "8, 12, 13 hoặc 14 chữ số");
        }
        return new Gtin("0".repeat(14 - digits.length()) + digits);
    }

    /** Whether the GTIN-13 inside (the 14 digits without the indicator digit) starts with the prefix. */
    public boolean companyPrefixStartsWith(String prefix) {
        return value.startsWith(prefix, 1);
    }

    /** The GTIN without its leading zeros down to 13 digits, as printed under an EAN-13 bar code. */
    public String gtin13() {
        return value.charAt(0) == '0' ? value.substring(1) : value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static InvalidGs1DataException refusal(String value) {
        if (value.length() != 14 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new InvalidGs1DataException(Gs1Problem.BAD_FORMAT, "01", value, "14 chữ số");
        }
        return new InvalidGs1DataException(Gs1Problem.BAD_CHECK_DIGIT, "GTIN", value);
    }
}
