package vn.doimoi.traceability.gs1;

/** A Global Location Number: 13 digits with a mod-10 check digit (farms, plants, warehouses, parties). */
public record Gln(String value) {

    public Gln {
        if (value.length() != 13 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidGs1DataException(Gs1Problem.BAD_FORMAT, "414", value, "13 chữ số");
        }
        if (!CheckDigit.isValid(value)) {
            throw new InvalidGs1DataException(Gs1Problem.BAD_CHECK_DIGIT, "GLN", value);
        }
    }

    /** A GLN as typed; spaces around it are ignored. */
    public static Gln parse(String text) {
        return new Gln(text.strip());
    }

    /** Whether the GLN starts with the given GS1 company prefix (e.g. {@code 893…}). */
    public boolean companyPrefixStartsWith(String prefix) {
        return value.startsWith(prefix);
    }

    @Override
    public String toString() {
        return value;
    }
}
