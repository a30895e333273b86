package vn.doimoi.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doimoi.shared.text.VietnameseText;

/**
 * What a reader types when they know exactly what they want — a document's number, a person's name —
 * in one spelling, kept in the keyword field {@value #FIELD} of the records that have one and matched
 * against the query's spellings. "54-CTr/TU", "54/CTr-TU", "54-ctr/tu" and "54 - CTr / TU" are one
 * number; "54" alone is the number's sequence part; "nguyễn văn a" and "Nguyen Van A" are one name.
 */
public final class ExactKeys {

    /** The keyword field every kind of record may fill; the one search weighs a match on it most. */
    public static final String FIELD = "exact";

    private static final Pattern SEPARATORS = Pattern.compile("\\s*[-/_.]+\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_SEQUENCE = Pattern.compile("^(\\d{1,6})/");

    private ExactKeys() {}

    /** "54-CTr/TU" → "54/ctr/tu": no marks, lower case, every separator a slash, no spaces. */
    public static String documentNumber(String number) {
        String folded = VietnameseText.fold(VietnameseText.clean(number == null ? "" : number));
        return SPACES.matcher(SEPARATORS.matcher(folded).replaceAll("/")).replaceAll("");
    }

    /** The spellings a document's number is found by: the whole number and its sequence ("54"). */
    public static List<String> documentNumberForms(String number) {
        String key = documentNumber(number);
        List<String> forms = new ArrayList<>(List.of(key));
        Matcher sequence = LEADING_SEQUENCE.matcher(key);
        if (sequence.find()) {
            forms.add(sequence.group(1));
        }
        return forms;
    }

    /** "Nguyễn  Văn A" → "nguyen van a". */
    public static String name(String name) {
        return VietnameseText.fold(VietnameseText.clean(name == null ? "" : name));
    }

    /** The spellings of a query to look up in {@value #FIELD}: as a document number and as a name. */
    public static List<String> forQuery(String query) {
        List<String> keys = new ArrayList<>();
        String number = documentNumber(query);
        if (!number.isEmpty()) {
            keys.add(number);
        }
        String name = name(query);
        if (!name.isEmpty() && !keys.contains(name)) {
            keys.add(name);
        }
        return keys;
    }
}
