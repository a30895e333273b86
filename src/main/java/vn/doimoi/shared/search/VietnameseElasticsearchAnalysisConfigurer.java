package vn.doimoi.shared.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same chain as {@link VietnameseAnalyzer} for an OpenSearch or Elasticsearch cluster with
 * the {@code analysis-icu} plugin: icu_normalizer (nfkc_cf), a mapping char filter for tone
 * placement, icu_tokenizer, icu_folding and 2-shingles.
 */
public class VietnameseElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String NORMALISE = "vi_nfkc_cf";
    private static final String TONES = "vi_tone_placement";
    private static final String SHINGLES = VietnameseShingles.NAME;

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(NORMALISE).type("icu_normalizer").param("name", "nfkc_cf");
        String[] mappings = new String[TonePlacement.PAIRS.length];
        for (int i = 0; i < mappings.length; i++) {
            mappings[i] = TonePlacement.PAIRS[i][0] + "=>" + TonePlacement.PAIRS[i][1];
        }
        context.charFilter(TONES).type("mapping").param("mappings", mappings);
        VietnameseShingles.define(context);

        context.analyzer(VietnameseAnalysis.EXACT)
                .custom()
                .tokenizer("icu_tokenizer")
                .charFilters(NORMALISE, TONES);
        context.analyzer(VietnameseAnalysis.EXACT_SHINGLE)
                .custom()
                .tokenizer("icu_tokenizer")
                .charFilters(NORMALISE, TONES)
                .tokenFilters(SHINGLES);
        context.analyzer(VietnameseAnalysis.FOLDED)
                .custom()
                .tokenizer("icu_tokenizer")
                .charFilters(NORMALISE, TONES)
                .tokenFilters("icu_folding");
        context.analyzer(VietnameseAnalysis.FOLDED_SHINGLE)
                .custom()
                .tokenizer("icu_tokenizer")
                .charFilters(NORMALISE, TONES)
                .tokenFilters("icu_folding", SHINGLES);
        context.normalizer(VietnameseAnalysis.SORT).custom().tokenFilters("icu_folding");
    }
}
