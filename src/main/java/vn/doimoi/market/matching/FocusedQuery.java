package vn.doimoi.market.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.SearchException;
import vn.doimoi.shared.search.VietnameseAnalysis;

/**
 * A listing's text as a matching query keeps its {@value #SYLLABLES} most telling syllables, in
 * their order (so neighbours still form the two-syllable phrases): the rarer a syllable among the
 * listings, the more it tells, as "More like this" does. Function syllables ("của", "và", "các")
 * occur in nearly every listing, weigh almost nothing in the relevance and cost the most to look
 * up; a 1,500-character text has some 300 syllables. On a backend without a Lucene reader
 * (OpenSearch) the text is kept whole.
 */
final class FocusedQuery {

    static final int SYLLABLES = 28;
    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String FIELD = VietnameseAnalysis.matchingField("summary");

    private FocusedQuery() {}

    static String of(SearchScope<Object> scope, String text) {
        List<String> syllables = new ArrayList<>();
        Matcher matcher = SYLLABLE.matcher(text);
        while (matcher.find()) {
            syllables.add(matcher.group());
        }
        if (syllables.size() <= SYLLABLES) {
            return text;
        }
        Map<String, Integer> frequency = new HashMap<>();
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            for (String syllable : syllables) {
                String key = VietnameseAnalysis.comparisonKey(syllable, true);
                if (!frequency.containsKey(key)) {
                    frequency.put(key, reader.docFreq(new Term(FIELD, key)));
                }
            }
        } catch (SearchException | IOException e) {
            return text;
        }
        Set<String> telling = new HashSet<>();
        frequency.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(SYLLABLES)
                .forEach(entry -> telling.add(entry.getKey()));
        if (telling.isEmpty()) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (String syllable : syllables) {
            if (telling.contains(VietnameseAnalysis.comparisonKey(syllable, true))) {
                kept.add(syllable);
            }
        }
        return String.join(" ", kept);
    }
}
