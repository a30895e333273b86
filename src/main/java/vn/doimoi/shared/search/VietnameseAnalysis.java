package vn.doimoi.shared.search;

import java.util.List;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Names of the Vietnamese analyzers and of the four index fields each Vietnamese text gets, and
 * the rule that chooses which of them a query goes to. Defined once; every module's indexed
 * text uses it through {@link VietnameseField}.
 */
public final class VietnameseAnalysis {

    public static final String EXACT = "vi_exact";
    public static final String EXACT_SHINGLE = "vi_exact_shingle";
    public static final String FOLDED = "vi_folded";
    public static final String FOLDED_SHINGLE = "vi_folded_shingle";
    /** Keyword normaliser for sorting and exact filters: folded, lower case. */
    public static final String SORT = "vi_sort";

    static final String EXACT_SHINGLE_SUFFIX = "_sh";
    static final String FOLDED_SUFFIX = "_fold";
    static final String FOLDED_SHINGLE_SUFFIX = "_fold_sh";

    private VietnameseAnalysis() {}

    /** One index field to query, with its weight. */
    public record WeightedField(String name, float boost) {}

    /**
     * The fields a query goes to for a Vietnamese text indexed as {@code field}. Exact fields
     * weigh more; a query typed without any diacritic goes to the folded fields only, because
     * exact hits on accidentally unaccented syllables pull in the wrong documents (measured:
     * MRR@10 0.461 exact-only against 0.919 folded-only on unaccented questions).
     */
    public static List<WeightedField> fieldsFor(String field, String query) {
        if (!VietnameseText.hasDiacritics(query)) {
            return List.of(
                    new WeightedField(field + FOLDED_SUFFIX, 1f), new WeightedField(field + FOLDED_SHINGLE_SUFFIX, 1f));
        }
        return List.of(
                new WeightedField(field, 3f),
                new WeightedField(field + EXACT_SHINGLE_SUFFIX, 2f),
                new WeightedField(field + FOLDED_SUFFIX, 1f),
                new WeightedField(field + FOLDED_SHINGLE_SUFFIX, 1f));
    }

    /**
     * The one field whose matches are all the matches of {@link #fieldsFor}: every exact syllable
     * and every shingle of a text also has its folded syllables in this field. Counting and
     * faceting filter on it alone, without scores, and find the same records as the ranked query.
     */
    public static String matchingField(String field) {
        return field + FOLDED_SUFFIX;
    }

    /**
     * A syllable as the analyzers compare it, for code that marks matches in text itself: NFC,
     * lower case, new-style tone placement, and with {@code folded} no marks and đ as d.
     */
    public static String comparisonKey(String syllable, boolean folded) {
        String lower = TonePlacement.toNewStyle(VietnameseText.nfc(syllable).toLowerCase(VietnameseText.VIETNAMESE));
        return folded ? VietnameseText.fold(lower) : lower;
    }

    public static VietnameseAnalyzer analyzer(String name) {
        return switch (name) {
            case EXACT -> new VietnameseAnalyzer(VietnameseAnalyzer.Variant.EXACT);
            case EXACT_SHINGLE -> new VietnameseAnalyzer(VietnameseAnalyzer.Variant.EXACT_SHINGLE);
            case FOLDED -> new VietnameseAnalyzer(VietnameseAnalyzer.Variant.FOLDED);
            case FOLDED_SHINGLE -> new VietnameseAnalyzer(VietnameseAnalyzer.Variant.FOLDED_SHINGLE);
            default -> throw new IllegalArgumentException("Unknown Vietnamese analyzer " + name);
        };
    }
}
