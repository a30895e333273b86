package vn.doimoi.shared.search;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * The Vietnamese analysis chain of DESIGN.md §5, measured in
 * {@code shared/reference/vietnamese-search-portal.md} §A1.3: ICU {@code nfkc_cf}, one tone-mark
 * placement, ICU syllable tokens, then optionally folding (đ→d, no marks) and two-syllable
 * shingles. No stop words: function syllables are parts of Vietnamese words.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** The four ways a text is indexed. */
    public enum Variant {
        EXACT(false, false),
        EXACT_SHINGLE(false, true),
        FOLDED(true, false),
        FOLDED_SHINGLE(true, true);

        final boolean folded;
        final boolean shingled;

        Variant(boolean folded, boolean shingled) {
            this.folded = folded;
            this.shingled = shingled;
        }
    }

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);
    private static final NormalizeCharMap TONE_PLACEMENT = tonePlacement();

    private final Variant variant;

    public VietnameseAnalyzer(Variant variant) {
        this.variant = variant;
    }

    public Variant variant() {
        return variant;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(TONE_PLACEMENT, new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = tokenizer;
        if (variant.folded) {
            stream = new ICUFoldingFilter(stream);
        }
        if (variant.shingled) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /**
     * "hòa" and "hoà" are the same word written in the old and the new style; both are common
     * (86% and 14% in the Wikipedia sample). Map the old placement to the new one for oa, oe, uy.
     */
    static NormalizeCharMap tonePlacement() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String[] pair : TonePlacement.PAIRS) {
            builder.add(pair[0], pair[1]);
        }
        return builder.build();
    }
}
