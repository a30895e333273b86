package vn.doimoi.shared.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.search.ExactKeys;

/**
 * What every module holds about a document number, gathered for a page: the programme page links
 * its basis document and the articles citing it, the document page its programme and articles,
 * an article the documents whose numbers its text cites. Derived from the data each time, never
 * from links typed into a template.
 */
@Component
public class References {

    /** "54-CTr/TU", "20-NQ/TW", "11/2014/NĐ-CP": a number, then letters, as Vietnamese documents are numbered. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,4}(?:/\\d{4})?[-/]\\p{Lu}[\\p{L}Đđ]*(?:[-/][\\p{Lu}Đ][\\p{L}Đđ]*)+(?![\\p{L}\\d])");

    private static final int MOST_NUMBERS = 12;

    private final List<ReferenceSource> sources;

    References(List<ReferenceSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Everything about {@code number} except the page at {@code self}; nothing for no number. */
    public List<Reference> about(@Nullable String number, String self) {
        if (number == null || number.isBlank()) {
            return List.of();
        }
        Map<String, Reference> byUrl = new LinkedHashMap<>();
        for (ReferenceSource source : sources) {
            for (Reference reference : source.about(number)) {
                if (!reference.url().equals(self)) {
                    byUrl.putIfAbsent(reference.url(), reference);
                }
            }
        }
        return List.copyOf(byUrl.values());
    }

    /** Everything about the document numbers {@code text} cites, except the page at {@code self}. */
    public List<Reference> citedIn(String text, String self) {
        Map<String, Reference> byUrl = new LinkedHashMap<>();
        for (String number : numbersIn(text)) {
            for (Reference reference : about(number, self)) {
                if (!"reference.article".equals(reference.kindKey())) {
                    byUrl.putIfAbsent(reference.url(), reference);
                }
            }
        }
        return new ArrayList<>(byUrl.values());
    }

    /** The document numbers written in a text, each once, in order ("54-CTr/TU", "20-NQ/TW"). */
    public static List<String> numbersIn(String text) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find() && numbers.size() < MOST_NUMBERS) {
            if (keys.add(ExactKeys.documentNumber(matcher.group()))) {
                numbers.add(matcher.group());
            }
        }
        return numbers;
    }

    /** Whether two spellings name one number: "54-CTr/TU" and "54/ctr-tu" do. */
    public static boolean sameNumber(@Nullable String one, @Nullable String other) {
        return one != null
                && other != null
                && !one.isBlank()
                && ExactKeys.documentNumber(one).equals(ExactKeys.documentNumber(other));
    }
}
