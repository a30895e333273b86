package vn.doimoi.traceability.gs1;

import java.util.ArrayList;
import java.util.HashMap;
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
    static final Map<String, List<String>> SEQUENCES =
            sequences("0A 01,22 0B 01,10 0C 01,21 0D 01,17 0E 01,7003 0F 01,30 1A 01,10,21,17 1B 01,15"
                    + " 1C 01,11 1D 01,16 1E 01,91 1F 01,10,15 2A 01,3100 2B 01,3101 2C 01,3102"
                    + " 2D 01,3103 2E 01,3104 2F 01,3105 3A 01,3200 3B 01,3201 3C 01,3202 3D 01,3203"
                    + " 3E 01,3204 3F 01,3205 9A 8010,8011 9B 8017,8019 9C 8018,8019 9D 414,254"
                    + " A0 01,3920 A1 01,3921 A2 01,3922 A3 01,3923 A4 01,3924 A5 01,3925 A6 01,3926"
                    + " A7 01,3927 A8 01,3928 A9 01,3929 C0 255,3900 C1 255,3901 C2 255,3902 C3 255,3903"
                    + " C4 255,3904 C5 255,3905 C6 255,3906 C7 255,3907 C8 255,3908 C9 255,3909"
                    + " CA 255,3940 CB 255,3941 CC 255,3942 CD 255,3943");

    private CompressionFormats() {}

    private static Map<String, List<String>> sequences(String table) {
        Map<String, List<String>> map = new HashMap<>();
        DigitalLinkParser.pairs(table).forEach((code, ais) -> map.put(code, List.of(ais.split(","))));
        return Map.copyOf(map);
    }

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
