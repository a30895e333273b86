package vn.doimoi.traceability.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GS1 element strings in the two written forms: bracketed human-readable text
 * {@code (01)09520123456788(10)ABC} and the syntax engine's {@code ^} notation, where a leading
 * {@code ^} is FNC1 in first position, a later one the FNC1 separator after a variable-length AI,
 * and {@code |} separates the linear and 2D parts of a composite symbol.
 */
final class ElementStrings {

    private static final Pattern BRACKETED_AI = Pattern.compile("\\((\\d{2,4})\\)");

    private ElementStrings() {}

    static List<AiValue> parse(String data, Gs1Dictionary dictionary) {
        if (data.startsWith("(")) {
            return parseBracketed(data);
        }
        if (data.startsWith("^")) {
            List<AiValue> elements = new ArrayList<>();
            for (String component : data.split("\\|")) {
                if (!component.startsWith("^")) {
                    throw new InvalidGs1DataException(Gs1Problem.BAD_ELEMENT_STRING, data);
                }
                parseCaret(component.substring(1), dictionary, elements, data);
            }
            return elements;
        }
        throw new InvalidGs1DataException(Gs1Problem.BAD_ELEMENT_STRING, data);
    }

    private static List<AiValue> parseBracketed(String data) {
        List<AiValue> elements = new ArrayList<>();
        Matcher m = BRACKETED_AI.matcher(data);
        if (!m.lookingAt()) {
            throw new InvalidGs1DataException(Gs1Problem.BAD_ELEMENT_STRING, data);
        }
        String ai = m.group(1);
        int valueStart = m.end();
        while (m.find()) {
            elements.add(new AiValue(ai, data.substring(valueStart, m.start())));
            ai = m.group(1);
            valueStart = m.end();
        }
        elements.add(new AiValue(ai, data.substring(valueStart)));
        return elements;
    }

    private static void parseCaret(String data, Gs1Dictionary dictionary, List<AiValue> into, String whole) {
        int at = 0;
        while (at < data.length()) {
            AiEntry entry = dictionary
                    .entryAtStartOf(data.substring(at))
                    .orElseThrow(() -> new InvalidGs1DataException(Gs1Problem.BAD_ELEMENT_STRING, whole));
            at += entry.ai().length();
            int end;
            if (entry.predefinedLength()) {
                end = at + entry.maxLength();
                if (end > data.length()) {
                    throw new InvalidGs1DataException(Gs1Problem.BAD_ELEMENT_STRING, whole);
                }
            } else {
                int separator = data.indexOf('^', at);
                end = separator < 0 ? data.length() : separator;
            }
            into.add(new AiValue(entry.ai(), data.substring(at, end)));
            at = end < data.length() && data.charAt(end) == '^' ? end + 1 : end;
        }
    }

    /** The {@code ^} form: FNC1 first, and after every variable-length AI that is not the last. */
    static String caret(List<AiValue> elements, Gs1Dictionary dictionary) {
        StringBuilder out = new StringBuilder("^");
        for (int i = 0; i < elements.size(); i++) {
            AiValue element = elements.get(i);
            out.append(element.ai()).append(element.value());
            boolean fixed = dictionary
                    .entry(element.ai())
                    .map(AiEntry::predefinedLength)
                    .orElse(false);
            if (!fixed && i < elements.size() - 1) {
                out.append('^');
            }
        }
        return out.toString();
    }
}
