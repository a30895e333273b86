package vn.doimoi.traceability.gs1;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the bit stream of a compressed Digital Link back into AI values and other query pairs. */
final class CompressedReader {

    private static final String HEX = "0123456789ABCDEF";

    private final String bits;
    private final Gs1Dictionary dictionary;
    /**
     * The length of the AIs under each two-digit prefix, per dictionary: worked out once, since it
     * takes some ten thousand lookups and every identifier an event hash canonicalises may be tried
     * as a compressed link (the capture benchmark spent nearly all its time here, issue 20).
     */
    private static final Map<Gs1Dictionary, Map<String, Integer>> LENGTHS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final Map<String, Integer> aiLengthByPrefix;
    private int at;

    CompressedReader(String bits, Gs1Dictionary dictionary) {
        this.bits = bits;
        this.dictionary = dictionary;
        this.aiLengthByPrefix = LENGTHS.computeIfAbsent(dictionary, CompressedReader::lengths);
    }

    private static Map<String, Integer> lengths(Gs1Dictionary dictionary) {
        Map<String, Integer> lengths = new HashMap<>();
        for (int n = 0; n <= 99; n++) {
            String prefix = String.format("%02d", n);
            for (int length = 2; length <= 4; length++) {
                if (length == 2 ? dictionary.isKnown(prefix) : anyKnown(dictionary, prefix, length)) {
                    lengths.put(prefix, length);
                    break;
                }
            }
        }
        return Map.copyOf(lengths);
    }

    private static boolean anyKnown(Gs1Dictionary dictionary, String prefix, int length) {
        int count = length == 3 ? 10 : 100;
        for (int i = 0; i < count; i++) {
            if (dictionary.isKnown(prefix + String.format("%0" + (length - 2) + "d", i))) {
                return true;
            }
        }
        return false;
    }

    void read(List<AiValue> elements, Map<String, String> others) {
        // fewer than 9 bits left is the zero padding up to a whole base64 character
        while (bits.length() - at > 8) {
            int h1 = take(4);
            int h2 = take(4);
            String code = "" + HEX.charAt(h1) + HEX.charAt(h2);
            if (h1 <= 9 && h2 <= 9) {
                Integer length = aiLengthByPrefix.get(code);
                if (length == null) {
                    throw new IllegalArgumentException("no AI starts " + code);
                }
                StringBuilder ai = new StringBuilder(code);
                for (int i = 2; i < length; i++) {
                    int digit = take(4);
                    if (digit > 9) {
                        throw new IllegalArgumentException("AI digit " + digit);
                    }
                    ai.append(digit);
                }
                elements.add(new AiValue(ai.toString(), value(ai.toString())));
            } else if (CompressionFormats.SEQUENCES.containsKey(code)) {
                for (String ai : CompressionFormats.SEQUENCES.getOrDefault(code, List.of())) {
                    elements.add(new AiValue(ai, value(ai)));
                }
            } else if (h1 == 15) {
                at -= 4;
                int keyLength = take(7);
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < keyLength; i++) {
                    key.append(DigitalLinkCompression.BASE64.charAt(take(6)));
                }
                int encoding = take(3);
                others.put(key.toString(), text(encoding, take(7)));
            } else {
                throw new IllegalArgumentException("no sequence " + code);
            }
        }
    }

    private String value(String ai) {
        AiEntry entry = dictionary.entry(ai).orElseThrow();
        StringBuilder value = new StringBuilder();
        for (CompressionFormats.Field field : CompressionFormats.fields(entry)) {
            if (field.numeric() && field.fixed()) {
                String digits = number(CompressionFormats.valueBits(field.length()));
                value.append("0".repeat(Math.max(0, field.length() - digits.length())))
                        .append(digits);
            } else if (field.numeric()) {
                int length = take(CompressionFormats.lengthBits(field.length()));
                if (length > 0) {
                    value.append(number(CompressionFormats.valueBits(length)));
                }
            } else {
                int encoding = take(3);
                int length = field.fixed() ? field.length() : take(CompressionFormats.lengthBits(field.length()));
                value.append(text(encoding, length));
            }
        }
        return value.toString();
    }

    private String text(int encoding, int length) {
        StringBuilder out = new StringBuilder();
        switch (encoding) {
            case 0 -> out.append(number(CompressionFormats.valueBits(length)));
            case 1 -> {
                for (int i = 0; i < length; i++) {
                    out.append(Character.toLowerCase(HEX.charAt(take(4))));
                }
            }
            case 2 -> {
                for (int i = 0; i < length; i++) {
                    out.append(HEX.charAt(take(4)));
                }
            }
            case 3 -> {
                for (int i = 0; i < length; i++) {
                    out.append(DigitalLinkCompression.BASE64.charAt(take(6)));
                }
            }
            case 4 -> {
                for (int i = 0; i < length; i++) {
                    out.append((char) take(7));
                }
            }
            default -> throw new IllegalArgumentException("encoding " + encoding);
        }
        return out.toString();
    }

    private String number(int width) {
        String chunk = bits.substring(at, at + width);
        at += width;
        return new BigInteger(chunk, 2).toString();
    }

    private int take(int width) {
        int value = Integer.parseInt(bits.substring(at, at + width), 2);
        at += width;
        return value;
    }
}
