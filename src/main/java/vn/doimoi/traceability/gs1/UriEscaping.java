package vn.doimoi.traceability.gs1;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as the GS1 Digital Link URI Syntax wants it: only unreserved characters stay
 * as they are; a space is {@code %20} in a path segment but {@code +} in a query value, and a
 * {@code +} read from a query value is a space.
 */
final class UriEscaping {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEscaping() {}

    static String escapePath(String value) {
        return escape(value, false);
    }

    static String escapeQuery(String value) {
        return escape(value, true);
    }

    /** Decodes a path segment; a malformed escape stays as it is written. */
    static String unescapePath(String value) {
        return unescape(value, false);
    }

    static String unescapeQuery(String value) {
        return unescape(value, true);
    }

    private static String escape(String value, boolean query) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else if (c == ' ' && query) {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    private static String unescape(String value, boolean query) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%'
                    && i + 2 < value.length()
                    && AiLinters.isHex(value.charAt(i + 1))
                    && AiLinters.isHex(value.charAt(i + 2))) {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+' && query) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }
}
