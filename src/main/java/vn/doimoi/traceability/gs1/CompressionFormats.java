package vn.doimoi.traceability.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How DL compression writes each AI's value, derived from the syntax dictionary: runs of
 * fixed-length numeric components become one fixed numeric field, optional numeric parts after
 * them one variable numeric field, and character components one variable alphanumeric field. This
 * gives the field table of the GS1 compression prototype (e.g. ITIP {@code N18}, GRAI
 * {@code N14 X..16}, GDTI {@code N13 X..17}); where GS1 has since changed a length (GMN X..25), the
 * current dictionary wins.
 */
final class CompressionFormats {

    /** One field: numeric or alphanumeric, of a fixed length or up to a maximum. */
    record Field(boolean numeric, boolean fixed, int length) {}

    /** The non-AI code points of the compressed stream: sequences of AIs written as one 8-bit code. */
    static final Map<String, List<String>> SEQUENCES = Map.ofEntries(
            Map.entry("0A", List.of("01", "22")),
            Map.entry("0B", List.of("01", "10")),
            Map.entry("0C", List.of("01", "21")),
            Map.entry("0D", List.of("01", "17")),
            Map.entry("0E", List.of("01", "7003")),
            Map.entry("0F", List.of("01", "30")),
            Map.entry("1A", List.of("01", "10", "21", "17")),
            Map.entry("1B", List.of("01", "15")),
            Map.entry("1C", List.of("01", "11")),
            Map.entry("1D", List.of("01", "16")),
            Map.entry("1E", List.of("01", "91")),
            Map.entry("1F", List.of("01", "10", "15")),
            Map.entry("2A", List.of("01", "3100")),
            Map.entry("2B", List.of("01", "3101")),
            Map.entry("2C", List.of("01", "3102")),
            Map.entry("2D", List.of("01", "3103")),
            Map.entry("2E", List.of("01", "3104")),
            Map.entry("2F", List.of("01", "3105")),
            Map.entry("3A", List.of("01", "3200")),
            Map.entry("3B", List.of("01", "3201")),
            Map.entry("3C", List.of("01", "3202")),
            Map.entry("3D", List.of("01", "3203")),
            Map.entry("3E", List.of("01", "3204")),
            Map.entry("3F", List.of("01", "3205")),
            Map.entry("9A", List.of("8010", "8011")),
            Map.entry("9B", List.of("8017", "8019")),
            Map.entry("9C", List.of("8018", "8019")),
            Map.entry("9D", List.of("414", "254")),
            Map.entry("A0", List.of("01", "3920")),
            Map.entry("A1", List.of("01", "3921")),
            Map.entry("A2", List.of("01", "3922")),
            Map.entry("A3", List.of("01", "3923")),
            Map.entry("A4", List.of("01", "3924")),
            Map.entry("A5", List.of("01", "3925")),
            Map.entry("A6", List.of("01", "3926")),
            Map.entry("A7", List.of("01", "3927")),
            Map.entry("A8", List.of("01", "3928")),
            Map.entry("A9", List.of("01", "3929")),
            Map.entry("C0", List.of("255", "3900")),
            Map.entry("C1", List.of("255", "3901")),
            Map.entry("C2", List.of("255", "3902")),
            Map.entry("C3", List.of("255", "3903")),
            Map.entry("C4", List.of("255", "3904")),
            Map.entry("C5", List.of("255", "3905")),
            Map.entry("C6", List.of("255", "3906")),
            Map.entry("C7", List.of("255", "3907")),
            Map.entry("C8", List.of("255", "3908")),
            Map.entry("C9", List.of("255", "3909")),
            Map.entry("CA", List.of("255", "3940")),
            Map.entry("CB", List.of("255", "3941")),
            Map.entry("CC", List.of("255", "3942")),
            Map.entry("CD", List.of("255", "3943")));

    private CompressionFormats() {}

    static List<Field> fields(AiEntry entry) {
        List<Field> fields = new ArrayList<>();
        int fixedDigits = 0;
        int optionalDigits = 0;
        int characters = 0;
        boolean charactersFixed = true;
        for (AiComponent c : entry.components()) {
            boolean numeric = c.charset() == 'N';
            if (numeric && c.minLength() == c.maxLength() && !c.optional() && optionalDigits == 0 && characters == 0) {
                fixedDigits += c.maxLength();
            } else if (numeric && characters == 0) {
                optionalDigits += c.maxLength();
            } else {
                characters += c.maxLength();
                charactersFixed &= c.minLength() == c.maxLength() && !c.optional();
            }
        }
        if (fixedDigits > 0) {
            fields.add(new Field(true, true, fixedDigits));
        }
        if (optionalDigits > 0) {
            fields.add(new Field(true, false, optionalDigits));
        }
        if (characters > 0) {
            fields.add(new Field(false, charactersFixed, characters));
        }
        return fields;
    }

    /** Bits for a length up to {@code max}, as the prototype counts them (a power of two gets one more). */
    static int lengthBits(int max) {
        return (int) Math.ceil(Math.log(max) / Math.log(2) + 0.01);
    }

    /** Bits for a number of {@code digits} decimal digits. */
    static int valueBits(int digits) {
        return (int) Math.ceil(digits * Math.log(10) / Math.log(2) + 0.01);
    }
}
