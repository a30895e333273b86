package vn.doimoi.traceability.gs1;

import java.util.List;

/**
 * One component of an AI's data field as the syntax dictionary writes it, e.g. {@code N13,csum}
 * or {@code [X..17]}: character set, length range, whether it may be left out, and the linters
 * that check its content.
 *
 * @param charset {@code N} digits, {@code X} GS1 CSET 82, {@code Y} CSET 39, {@code Z} base64url
 */
public record AiComponent(char charset, int minLength, int maxLength, boolean optional, List<String> linters) {

    public AiComponent {
        linters = List.copyOf(linters);
    }

    /** Parses one component token such as {@code N6,yymmd0}, {@code X..20} or {@code [N3],iso3166}. */
    static AiComponent parse(String token) {
        String[] parts = token.split(",");
        String spec = parts[0];
        boolean optional = spec.startsWith("[");
        if (optional) {
            spec = spec.substring(1, spec.length() - 1);
        }
        char charset = spec.charAt(0);
        String length = spec.substring(1);
        int min;
        int max;
        if (length.startsWith("..")) {
            min = 1;
            max = Integer.parseInt(length.substring(2));
        } else {
            min = Integer.parseInt(length);
            max = min;
        }
        return new AiComponent(charset, min, max, optional, List.of(parts).subList(1, parts.length));
    }

    /** Whether the character belongs to this component's character set. */
    boolean accepts(char c) {
        return switch (charset) {
            case 'N' -> c >= '0' && c <= '9';
            case 'X' -> CSET82.indexOf(c) >= 0;
            case 'Y' -> CSET39.indexOf(c) >= 0;
            case 'Z' -> BASE64URL.indexOf(c) >= 0;
            default -> false;
        };
    }

    /** What the user must type, for messages: "14 chữ số", "1–20 ký tự". */
    String describe() {
        String kind = switch (charset) {
            case 'N' -> "chữ số";
            case 'X' -> "ký tự (chữ cái không dấu, chữ số và các dấu GS1 cho phép, không có dấu cách)";
            case 'Y' -> "ký tự (chữ hoa không dấu, chữ số, # - /)";
            default -> "ký tự base64url";
        };
        return (minLength == maxLength ? String.valueOf(maxLength) : minLength + "–" + maxLength) + " " + kind;
    }

    /** GS1 AI encodable character set 82 (General Specifications figure 7.11-1). */
    static final String CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    /** GS1 AI encodable character set 39, used by CPID. */
    static final String CSET39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    static final String BASE64URL = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz=";
}
