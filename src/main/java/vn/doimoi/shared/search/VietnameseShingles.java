package vn.doimoi.shared.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;

/**
 * The 2-shingle token filter of both Elasticsearch chains: pairs of neighbouring syllables only,
 * so that a Vietnamese word of two syllables matches as a word.
 */
final class VietnameseShingles {

    static final String NAME = "vi_shingle_2";

    private VietnameseShingles() {}

    static void define(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(NAME)
                .type("shingle")
                .param("min_shingle_size", 2)
                .param("max_shingle_size", 2)
                .param("output_unigrams", false);
    }
}
