package vn.doimoi.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The Vietnamese chain of {@link VietnameseAnalyzer} from the components every OpenSearch and
 * Elasticsearch node has, for clusters without the {@code analysis-icu} plugin (it is not on
 * Maven Central, so an in-process test node cannot load it): a mapping char filter for tone
 * placement (both cases), the {@code standard} tokenizer (syllables, as ICU's on Vietnamese),
 * {@code lowercase}, {@code asciifolding} (marks removed, đ→d) and 2-shingles. NFC is left to
 * doimoi, which stores and queries NFC text ({@code VietnameseText.clean}).
 */
public class VietnameseBuiltInElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String TONES = "vi_tone_placement";
    private static final String SHINGLES = VietnameseShingles.NAME;

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(TONES).type("mapping").param("mappings", toneMappings());
        VietnameseShingles.define(context);

        context.analyzer(VietnameseAnalysis.EXACT)
                .custom()
                .tokenizer("standard")
                .charFilters(TONES)
                .tokenFilters("lowercase");
        context.analyzer(VietnameseAnalysis.EXACT_SHINGLE)
                .custom()
                .tokenizer("standard")
                .charFilters(TONES)
                .tokenFilters("lowercase", SHINGLES);
        context.analyzer(VietnameseAnalysis.FOLDED)
                .custom()
                .tokenizer("standard")
                .charFilters(TONES)
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(VietnameseAnalysis.FOLDED_SHINGLE)
                .custom()
                .tokenizer("standard")
                .charFilters(TONES)
                .tokenFilters("lowercase", "asciifolding", SHINGLES);
        context.normalizer(VietnameseAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** The old-style tone placements in every case combination ("Hòa", "HÒA") to the new style. */
    static String[] toneMappings() {
        List<String> mappings = new ArrayList<>();
        for (String[] pair : TonePlacement.PAIRS) {
            for (int mask = 0; mask < 4; mask++) {
                String from = caseOf(pair[0], mask);
                String to = caseOf(pair[1], mask);
                String rule = from + "=>" + to;
                if (!mappings.contains(rule)) {
                    mappings.add(rule);
                }
            }
        }
        return mappings.toArray(String[]::new);
    }

    private static String caseOf(String pair, int mask) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pair.length(); i++) {
            String c = pair.substring(i, i + 1);
            out.append((mask >> i & 1) == 1 ? c.toUpperCase(Locale.ROOT) : c);
        }
        return out.toString();
    }
}
