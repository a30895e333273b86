package vn.doimoi.shared.search;

import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers the Vietnamese analyzers with Hibernate Search's Lucene backend. */
public class VietnameseLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String name : new String[] {
            VietnameseAnalysis.EXACT,
            VietnameseAnalysis.EXACT_SHINGLE,
            VietnameseAnalysis.FOLDED,
            VietnameseAnalysis.FOLDED_SHINGLE
        }) {
            context.analyzer(name).instance(VietnameseAnalysis.analyzer(name));
        }
        context.normalizer(VietnameseAnalysis.SORT).custom().tokenFilter(ICUFoldingFilterFactory.class);
    }
}
