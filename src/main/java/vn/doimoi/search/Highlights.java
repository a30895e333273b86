package vn.doimoi.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import vn.doimoi.shared.search.VietnameseAnalysis;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Marks the query's syllables in a hit's title and picks the summary's best passages, in Java
 * from the stored text. A query typed with diacritics marks exact syllables ("học", not "hóc"),
 * one typed without marks every folded match, as the ranked query weighs them. The index's
 * highlighter did the same through a query per field and hit and took half of a search's time.
 */
final class Highlights {

    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{N}]+");
    static final int PASSAGE_CHARS = 180;
    static final int PASSAGES = 2;

    private final boolean folded;
    private final Set<String> wanted = new HashSet<>();
    // A summary repeats its syllables; normalising each once keeps highlighting under a millisecond.
    private final Map<String, String> keys = new HashMap<>();

    Highlights(String query) {
        this.folded = !VietnameseText.hasDiacritics(query);
        Matcher matcher = SYLLABLE.matcher(query);
        while (matcher.find()) {
            wanted.add(VietnameseAnalysis.comparisonKey(matcher.group(), folded));
        }
    }

    /** The title, HTML-escaped, every matched syllable in {@code <mark>}. */
    String title(String title) {
        return marked(title, 0, title.length());
    }

    /**
     * Up to {@value #PASSAGES} passages of the text (sentences, cut to about
     * {@value #PASSAGE_CHARS} characters around their matches) with the most distinct matched
     * syllables, in reading order, joined by " … "; empty when nothing in the text matches.
     */
    String passages(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<Passage> scored = new ArrayList<>();
        int complete = 0; // passages with every syllable of the query: none further on can beat them
        int start = 0;
        while (start < text.length() && complete < PASSAGES) {
            int stop = sentenceEnd(text, start);
            Passage passage = passage(text, start, stop);
            if (passage.distinct() > 0) {
                scored.add(passage);
                if (passage.distinct() == wanted.size()) {
                    complete++;
                }
            }
            start = stop;
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Passage::distinct).reversed().thenComparingInt(Passage::from))
                .limit(PASSAGES)
                .sorted(Comparator.comparingInt(Passage::from))
                .map(each -> (each.cutBefore() ? "…" : "")
                        + marked(text, each.from(), each.to()).strip()
                        + (each.cutAfter() ? "…" : ""))
                .reduce((a, b) -> a + " … " + b)
                .orElse("");
    }

    /** A passage and whether it was cut out of a longer sentence (shown with an ellipsis). */
    private record Passage(int from, int to, int distinct, boolean cutBefore, boolean cutAfter) {}

    /** The sentence [start, stop), cut around its first match when longer than a passage. */
    private Passage passage(String text, int start, int stop) {
        Set<String> found = new HashSet<>();
        int firstMatch = -1;
        for (int from = syllableStart(text, start, stop); from < stop; ) {
            int to = syllableEnd(text, from, stop);
            String key = key(text.substring(from, to));
            if (wanted.contains(key)) {
                found.add(key);
                if (firstMatch < 0) {
                    firstMatch = from;
                }
            }
            from = syllableStart(text, to, stop);
        }
        if (found.isEmpty() || stop - start <= PASSAGE_CHARS) {
            return new Passage(start, stop, found.size(), false, false);
        }
        int from = Math.max(start, firstMatch - PASSAGE_CHARS / 3);
        int to = Math.min(stop, from + PASSAGE_CHARS);
        // whole words only
        while (from > start && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        while (to < stop && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        return new Passage(from, to, countDistinct(text, from, to), from > start, to < stop);
    }

    private int countDistinct(String text, int from, int to) {
        Set<String> found = new HashSet<>();
        for (int start = syllableStart(text, from, to); start < to; ) {
            int end = syllableEnd(text, start, to);
            String key = key(text.substring(start, end));
            if (wanted.contains(key)) {
                found.add(key);
            }
            start = syllableStart(text, end, to);
        }
        return found.size();
    }

    private String marked(String text, int from, int to) {
        StringBuilder html = new StringBuilder();
        int written = from;
        for (int start = syllableStart(text, from, to); start < to; ) {
            int end = syllableEnd(text, start, to);
            String syllable = text.substring(start, end);
            if (wanted.contains(key(syllable))) {
                html.append(escape(text.substring(written, start)))
                        .append("<mark>")
                        .append(escape(syllable))
                        .append("</mark>");
                written = end;
            }
            start = syllableStart(text, end, to);
        }
        return html.append(escape(text.substring(written, to))).toString();
    }

    // Syllables and sentence ends found by scanning characters: the regular expressions
    // ([\p{L}\p{N}]+ and [.!?;…\n]+\s*) they replace were a fifth of a search (JFR).

    /** Where the next syllable at or after {@code from} starts, or {@code to}. */
    private static int syllableStart(String text, int from, int to) {
        int at = from;
        while (at < to && !inSyllable(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int syllableEnd(String text, int from, int to) {
        int at = from;
        while (at < to && inSyllable(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** A letter or a number (Unicode categories L and N). */
    static boolean inSyllable(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Past the first run of sentence-ending marks at or after {@code from} and the spaces after it. */
    private static int sentenceEnd(String text, int from) {
        int at = from;
        while (at < text.length() && !endsSentence(text.charAt(at))) {
            at++;
        }
        if (at == text.length()) {
            return at;
        }
        while (at < text.length() && endsSentence(text.charAt(at))) {
            at++;
        }
        while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == '…' || c == '\n';
    }

    private String key(String syllable) {
        return keys.computeIfAbsent(syllable, each -> VietnameseAnalysis.comparisonKey(each, folded));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
