package vn.doimoi.traceability.gs1;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * GS1 Digital Link compression: the path and query of a Digital Link written as a bit stream
 * (AIs as 4-bit digits or 8-bit sequence codes, numbers in binary, text in the smallest of five
 * character encodings, other query pairs behind an {@code F} nibble) and printed in URI-safe
 * base64, as the GS1 compression prototype and digital-link.js do. A resolver must accept such
 * URIs; our own labels print the uncompressed form.
 */
public final class DigitalLinkCompression {

    static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String HEX = "0123456789ABCDEF";
    private static final Pattern SAFE64 = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern HEX_LOWER = Pattern.compile("[0-9a-f]+");
    private static final Pattern HEX_UPPER = Pattern.compile("[0-9A-F]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private DigitalLinkCompression() {}

    /** Compresses everything, with the AI sequence codes and the other query pairs. */
    public static String compress(String uri) {
        return compress(uri, true, true);
    }

    public static String compress(String uri, boolean useOptimisations, boolean compressOtherKeyValuePairs) {
        DigitalLink link = DigitalLink.parse(uri, DigitalLinkOptions.LENIENT);
        Gs1Dictionary dictionary = Gs1Dictionary.standard();
        Map<String, String> values = new LinkedHashMap<>();
        link.elements().forEach(e -> values.put(e.ai(), e.value()));
        StringBuilder bits = new StringBuilder();
        TreeSet<String> left = new TreeSet<>(values.keySet());
        if (useOptimisations) {
            for (String code = bestSequence(left); code != null; code = bestSequence(left)) {
                bits.append(nibbles(code));
                for (String ai : CompressionFormats.SEQUENCES.getOrDefault(code, List.of())) {
                    writeValue(bits, dictionary, ai, values.getOrDefault(ai, ""));
                    left.remove(ai);
                }
            }
        }
        for (String ai : left) {
            bits.append(nibbles(ai));
            writeValue(bits, dictionary, ai, values.getOrDefault(ai, ""));
        }
        Map<String, String> uncompressed = new LinkedHashMap<>();
        link.otherParameters().forEach((key, value) -> {
            if (compressOtherKeyValuePairs
                    && SAFE64.matcher(key).matches()
                    && key.length() < 128
                    && value.length() < 128) {
                bits.append("1111").append(binary(key.length(), 7));
                key.chars().forEach(c -> bits.append(binary(BASE64.indexOf(c), 6)));
                writeText(bits, value, binary(value.length(), 7));
            } else {
                uncompressed.put(key, value);
            }
        });
        StringBuilder out =
                new StringBuilder(stripSlash(link.stem())).append('/').append(toBase64(bits));
        String separator = "?";
        for (Map.Entry<String, String> pair : uncompressed.entrySet()) {
            out.append(separator)
                    .append(UriEscaping.escapeQuery(pair.getKey()))
                    .append('=')
                    .append(UriEscaping.escapeQuery(pair.getValue()));
            separator = "&";
        }
        return out.toString();
    }

    /** The uncompressed Digital Link for a compressed one. */
    public static String decompress(String uri) {
        return decompress(uri, false);
    }

    /** As {@link #decompress(String)}, with the DL 1.1 short names ({@code /gtin/}) in the path when asked. */
    public static String decompress(String uri, boolean useShortNames) {
        DigitalLink link = expand(uri);
        if (!useShortNames) {
            return link.toUri();
        }
        String full = link.toUri();
        String path = link.path();
        StringBuilder shortPath = new StringBuilder();
        String[] segments = path.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (i % 2 == 0) {
                for (Map.Entry<String, String> name : DigitalLinkParser.SHORT_NAMES.entrySet()) {
                    if (name.getValue().equals(segment)) {
                        segment = name.getKey();
                    }
                }
            }
            shortPath.append('/').append(segment);
        }
        return full.replace(path, shortPath.toString());
    }

    /** Whether the URI is a compressed Digital Link (its last path segment decodes to GS1 data with a key). */
    public static boolean isCompressed(String uri) {
        try {
            new DigitalLinkParser(Gs1Dictionary.standard(), DigitalLinkOptions.LENIENT).parse(uri);
            return false;
        } catch (InvalidDigitalLinkException e) {
            if (e.problem() != Gs1Problem.NO_PRIMARY_KEY) {
                return false; // an uncompressed link with a mistake, not a compressed one
            }
        }
        try {
            expand(uri);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static DigitalLink expand(String uri) {
        int fragment = uri.indexOf('#');
        String text = fragment < 0 ? uri : uri.substring(0, fragment);
        int query = text.indexOf('?');
        String beforeQuery = query < 0 ? text : text.substring(0, query);
        int schemeEnd = beforeQuery.indexOf("://");
        int lastSlash = beforeQuery.lastIndexOf('/');
        if (schemeEnd < 0 || lastSlash <= schemeEnd + 2) {
            throw new InvalidDigitalLinkException(Gs1Problem.BAD_COMPRESSION);
        }
        String segment = beforeQuery.substring(lastSlash + 1);
        if (!SAFE64.matcher(segment).matches()) {
            throw new InvalidDigitalLinkException(Gs1Problem.BAD_COMPRESSION);
        }
        List<AiValue> elements = new ArrayList<>();
        Map<String, String> others = new LinkedHashMap<>();
        try {
            new CompressedReader(fromBase64(segment), Gs1Dictionary.standard()).read(elements, others);
        } catch (RuntimeException e) {
            throw new InvalidDigitalLinkException(Gs1Problem.BAD_COMPRESSION);
        }
        if (query >= 0) {
            for (String pair : text.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    others.putIfAbsent(
                            UriEscaping.unescapeQuery(pair.substring(0, equals)),
                            UriEscaping.unescapeQuery(pair.substring(equals + 1)));
                }
            }
        }
        return DigitalLinkGeneration.fromElements(
                elements,
                Gs1Dictionary.standard(),
                DigitalLinkOptions.STRICT,
                beforeQuery.substring(0, lastSlash),
                others);
    }

    /** The sequence code covering the most AI characters still to write, or null. */
    private static @Nullable String bestSequence(TreeSet<String> left) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> code : new TreeMap<>(CompressionFormats.SEQUENCES).entrySet()) {
            if (left.containsAll(code.getValue())) {
                int length = String.join("", code.getValue()).length();
                if (length > bestLength) {
                    best = code.getKey();
                    bestLength = length;
                }
            }
        }
        return best;
    }

    private static void writeValue(StringBuilder bits, Gs1Dictionary dictionary, String ai, String value) {
        AiEntry entry =
                dictionary.entry(ai).orElseThrow(() -> new InvalidDigitalLinkException(Gs1Problem.UNKNOWN_AI, ai));
        int at = 0;
        for (CompressionFormats.Field field : CompressionFormats.fields(entry)) {
            String part = field.fixed()
                    ? value.substring(at, Math.min(value.length(), at + field.length()))
                    : value.substring(at);
            at += part.length();
            if (field.numeric() && field.fixed()) {
                bits.append(binary(new BigInteger(part), CompressionFormats.valueBits(field.length())));
            } else if (field.numeric()) {
                bits.append(binary(part.length(), CompressionFormats.lengthBits(field.length())));
                if (!part.isEmpty()) {
                    bits.append(binary(new BigInteger(part), CompressionFormats.valueBits(part.length())));
                }
            } else {
                writeText(
                        bits,
                        part,
                        field.fixed() ? "" : binary(part.length(), CompressionFormats.lengthBits(field.length())));
            }
        }
    }

    /** Text: a 3-bit encoding, the length bits, then the characters in that encoding. */
    private static void writeText(StringBuilder bits, String text, String lengthBits) {
        int encoding = encodingOf(text);
        bits.append(binary(encoding, 3)).append(lengthBits);
        switch (encoding) {
            case 0 -> bits.append(binary(new BigInteger(text), CompressionFormats.valueBits(text.length())));
            case 1, 2 -> text.toUpperCase().chars().forEach(c -> bits.append(binary(HEX.indexOf(c), 4)));
            case 3 -> text.chars().forEach(c -> bits.append(binary(BASE64.indexOf(c), 6)));
            default -> text.chars().forEach(c -> bits.append(binary(c, 7)));
        }
    }

    /** 0 digits, 1 lower-case hex, 2 upper-case hex, 3 URI-safe base64, 4 seven-bit ASCII. */
    static int encodingOf(String text) {
        if (DIGITS.matcher(text).matches()) {
            return 0;
        }
        if (HEX_UPPER.matcher(text).matches()) {
            return 2;
        }
        if (HEX_LOWER.matcher(text).matches()) {
            return 1;
        }
        return SAFE64.matcher(text).matches() ? 3 : 4;
    }

    private static String nibbles(String hexDigits) {
        StringBuilder out = new StringBuilder();
        hexDigits.chars().forEach(c -> out.append(binary(HEX.indexOf(Character.toUpperCase(c)), 4)));
        return out.toString();
    }

    static String binary(long value, int width) {
        return binary(BigInteger.valueOf(value), width);
    }

    static String binary(BigInteger value, int width) {
        String digits = value.toString(2);
        if (digits.length() > width) {
            throw new InvalidDigitalLinkException(Gs1Problem.BAD_COMPRESSION);
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    private static String toBase64(CharSequence bits) {
        StringBuilder padded = new StringBuilder(bits);
        while (padded.length() % 6 != 0) {
            padded.append('0');
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < padded.length(); i += 6) {
            out.append(BASE64.charAt(Integer.parseInt(padded.substring(i, i + 6), 2)));
        }
        return out.toString();
    }

    private static String fromBase64(String text) {
        StringBuilder bits = new StringBuilder();
        text.chars().forEach(c -> bits.append(binary(BASE64.indexOf(c), 6)));
        return bits.toString();
    }

    private static String stripSlash(String stem) {
        return stem.endsWith("/") ? stem.substring(0, stem.length() - 1) : stem;
    }
}
