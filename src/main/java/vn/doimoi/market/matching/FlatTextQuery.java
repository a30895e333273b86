package vn.doimoi.market.matching;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.search.BoostedTerms;
import vn.doimoi.shared.search.VietnameseAnalysis;
import vn.doimoi.shared.text.VietnameseText;

/**
 * The matching text query as one flat disjunction of boosted terms: each term of each field once,
 * its boost the sum of its occurrences' boosts, which scores exactly as the nested per-field
 * match queries do (a disjunction sums its clauses, and BM25 is linear in the boost). Flat, Lucene's
 * MaxScore pruning bounds each term on its own; nested, it can only bound each field's whole
 * disjunction and has to score most of the records (JFR on the matching benchmark). Null on a
 * backend without Lucene analyzers (OpenSearch), where the nested predicates are used.
 */
final class FlatTextQuery {

    /** The listing's text parts and how much each weighs, as in {@link Matching}'s predicates. */
    static final Map<String, Float> PARTS = partWeights();

    private FlatTextQuery() {}

    static @Nullable Query of(EntityManager entityManager, String query) {
        Analyzer analyzer;
        try {
            analyzer = Search.mapping(entityManager.getEntityManagerFactory())
                    .indexedEntity("Listing")
                    .indexManager()
                    .unwrap(LuceneIndexManager.class)
                    .searchAnalyzer();
        } catch (SearchException e) {
            return null;
        }
        BoostedTerms terms = new BoostedTerms(analyzer);
        PARTS.forEach((part, weight) -> {
            for (var field : fields(part, query)) {
                terms.add(field.name(), query, weight * field.boost());
            }
        });
        // null for a long text kept whole (none of its syllables indexed): the per-field predicates take it
        return terms.query();
    }

    /**
     * The fields a part is matched on: the search's fields, but for a text with diacritics not the
     * folded syllable pairs, which score little that the exact pairs do not and are a quarter of
     * the terms. A text without diacritics goes to the folded fields only, pairs included.
     */
    static List<VietnameseAnalysis.WeightedField> fields(String part, String query) {
        List<VietnameseAnalysis.WeightedField> fields = VietnameseAnalysis.fieldsFor(part, query);
        if (!VietnameseText.hasDiacritics(query)) {
            return fields;
        }
        return fields.stream()
                .filter(field -> !field.name().equals(VietnameseAnalysis.matchingField(part) + "_sh"))
                .toList();
    }

    private static Map<String, Float> partWeights() {
        Map<String, Float> parts = new LinkedHashMap<>();
        parts.put("title", 1.5f);
        parts.put("summary", 1f);
        parts.put("body", 0.5f);
        return Map.copyOf(parts);
    }
}
