package vn.doimoi.portal.audio;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article text as a reader would say it, for a speech engine that otherwise spells out what it
 * does not know: numbers and dates in words, "KH&CN", document numbers such as "54-CTr/TU" or
 * "42/2022/NĐ-CP", percentages.
 */
public final class SpeechText {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ"};

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("CTR", "chương trình"),
            Map.entry("TU", "tỉnh ủy"),
            Map.entry("NĐ", "nghị định"),
            Map.entry("CP", "chính phủ"),
            Map.entry("NQ", "nghị quyết"),
            Map.entry("TW", "trung ương"),
            Map.entry("KL", "kết luận"),
            Map.entry("QĐ", "quyết định"),
            Map.entry("UBND", "ủy ban nhân dân"),
            Map.entry("HĐND", "hội đồng nhân dân"),
            Map.entry("KH", "kế hoạch"),
            Map.entry("TT", "thông tư"),
            Map.entry("CT", "chỉ thị"),
            Map.entry("BKHCN", "bộ khoa học và công nghệ"),
            Map.entry("BTTTT", "bộ thông tin và truyền thông"),
            Map.entry("QH", "quốc hội"),
            Map.entry("TTG", "thủ tướng"));

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "KH&CN", "khoa học và công nghệ",
            "KHCN", "khoa học và công nghệ",
            "ĐMST", "đổi mới sáng tạo",
            "UBND", "ủy ban nhân dân",
            "HĐND", "hội đồng nhân dân",
            "TP.", "thành phố");

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("(\\d+)(?:/(\\d{4}))?[-/]((?:[\\p{Lu}Đ][\\p{L}]*\\d*)(?:[-/][\\p{Lu}Đ][\\p{L}]*\\d*)*)");
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:,\\d+)?)\\s?%");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.,])(\\d+),(\\d+)(?![\\d,])");
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?![\\d,]|\\.\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private SpeechText() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (var abbreviation : ABBREVIATIONS.entrySet()) {
            out = out.replace(abbreviation.getKey(), abbreviation.getValue());
        }
        out = replace(DOCUMENT_NUMBER, out, m -> {
            StringBuilder said = new StringBuilder("số ").append(words(m.group(1)));
            if (m.group(2) != null) {
                said.append(" năm ").append(words(m.group(2)));
            }
            for (String code : m.group(3).split("[-/]")) {
                said.append(' ').append(code(code));
            }
            return said.toString();
        });
        out = replace(
                DATE,
                out,
                m -> "ngày " + words(m.group(1)) + " tháng " + month(Integer.parseInt(m.group(2))) + " năm "
                        + words(m.group(3)));
        out = replace(PERCENT, out, m -> decimal(m.group(1)) + " phần trăm");
        out = replace(DECIMAL, out, m -> words(m.group(1)) + " phẩy " + words(m.group(2)));
        out = replace(GROUPED, out, m -> words(m.group().replace(".", "")));
        out = replace(NUMBER, out, m -> words(m.group()));
        return out;
    }

    /** A whole number in Vietnamese words: 2024 → "hai nghìn không trăm hai mươi tư". */
    public static String words(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        if (trimmed.length() > 12) {
            StringBuilder spelled = new StringBuilder();
            for (char c : trimmed.toCharArray()) {
                spelled.append(spelled.isEmpty() ? "" : " ").append(DIGITS[c - '0']);
            }
            return spelled.toString();
        }
        long n = Long.parseLong(trimmed);
        if (n == 0) {
            return DIGITS[0];
        }
        int[] groups = new int[4];
        int count = 0;
        while (n > 0) {
            groups[count++] = (int) (n % 1000);
            n /= 1000;
        }
        StringBuilder said = new StringBuilder();
        for (int g = count - 1; g >= 0; g--) {
            if (groups[g] == 0) {
                continue;
            }
            boolean full = g != count - 1;
            if (!said.isEmpty()) {
                said.append(' ');
            }
            said.append(triple(groups[g], full)).append(GROUPS[g]);
        }
        return said.toString();
    }

    private static String triple(int value, boolean full) {
        int h = value / 100;
        int t = value / 10 % 10;
        int u = value % 10;
        StringBuilder said = new StringBuilder();
        if (h > 0 || full) {
            said.append(DIGITS[h]).append(" trăm");
        }
        boolean hasHundreds = h > 0 || full;
        if (t == 0) {
            if (u > 0) {
                said.append(hasHundreds ? " linh " : "").append(DIGITS[u]);
            }
        } else if (t == 1) {
            said.append(hasHundreds ? " " : "").append("mười");
            if (u > 0) {
                said.append(' ').append(u == 5 ? "lăm" : DIGITS[u]);
            }
        } else {
            said.append(hasHundreds ? " " : "").append(DIGITS[t]).append(" mươi");
            if (u > 0) {
                said.append(' ').append(u == 1 ? "mốt" : u == 4 ? "tư" : u == 5 ? "lăm" : DIGITS[u]);
            }
        }
        return said.toString().strip();
    }

    private static String month(int month) {
        return month == 4 ? "tư" : words(String.valueOf(month));
    }

    private static String decimal(String number) {
        int comma = number.indexOf(',');
        return comma < 0
                ? words(number)
                : words(number.substring(0, comma)) + " phẩy " + words(number.substring(comma + 1));
    }

    private static String code(String code) {
        String upper = code.toUpperCase(java.util.Locale.ROOT);
        String letters = upper.replaceAll("\\d+$", "");
        String digits = upper.substring(letters.length());
        String said = CODES.get(letters);
        if (said == null) {
            said = String.join(" ", letters.toLowerCase(java.util.Locale.ROOT).split(""));
        }
        return digits.isEmpty() ? said : said + " " + words(digits);
    }

    private static String previousWord(String text, int end) {
        String head = text.substring(0, end).stripTrailing();
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> said) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = said.apply(m);
            if (pattern == DOCUMENT_NUMBER && previousWord(text, m.start()).equalsIgnoreCase("số")) {
                replacement = replacement.substring("số ".length());
            }
            if (pattern == DATE) {
                String head = text.substring(0, m.start()).stripTrailing();
                int space = head.lastIndexOf(' ');
                String previous = head.substring(space + 1);
                // "Ngày 08/4/2024" is read "Ngày tám tháng tư …", not "Ngày ngày …"
                if (previous.equalsIgnoreCase("ngày")) {
                    replacement = replacement.substring("ngày ".length());
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
