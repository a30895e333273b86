package vn.doimoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Counts exact always; facet counts exact below the sample size and close estimates above it. */
class LuceneTallyTests {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

    /**
     * 30,000 records over three segments: every third mentions "nước"; provinces in runs of the
     * writing order (as records of one period cluster), 60% "Tây Ninh"; a second value on some.
     */
    @BeforeEach
    void index() throws Exception {
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            int landMatches = 0;
            for (int i = 0; i < 30_000; i++) {
                Document doc = new Document();
                if (i % 3 != 0) {
                    // every tenth "đất" record in writing order is marked: the sample's own positions
                    String mark = landMatches++ % 10 == 0 ? "mốc" : "khác";
                    doc.add(new SortedSetDocValuesField("mark", new BytesRef(mark)));
                }
                doc.add(new StringField("word", i % 3 == 0 ? "nước" : "đất", Field.Store.NO));
                String province = (i / 500) % 5 < 3 ? "Tây Ninh" : "Long An";
                doc.add(new SortedSetDocValuesField("province", new BytesRef(province)));
                doc.add(new SortedSetDocValuesField("fieldCode", new BytesRef("401")));
                if (i % 10 == 0) {
                    doc.add(new SortedSetDocValuesField("fieldCode", new BytesRef("207")));
                }
                writer.addDocument(doc);
                if (i % 10_000 == 9_999) {
                    writer.commit();
                }
            }
        }
    }

    @Test
    void belowTheSampleSizeEveryCountIsExact() throws Exception {
        try (var reader = DirectoryReader.open(directory)) {
            var tally = LuceneTally.tally(
                    reader, new TermQuery(new Term("word", "nước")), List.of("province", "fieldCode"), 20_000);

            assertThat(tally.estimated()).isFalse();
            assertThat(tally.count()).isEqualTo(10_000);
            assertThat(tally.facets().get("province"))
                    .containsEntry("Tây Ninh", 6_000L)
                    .containsEntry("Long An", 4_000L);
            assertThat(tally.facets().get("fieldCode"))
                    .containsEntry("401", 10_000L)
                    .containsEntry("207", 1_000L);
        }
    }

    @Test
    void aboveTheSampleSizeTheCountStaysExactAndFacetsAreCloseEstimatesSaidToBeSo() throws Exception {
        try (var reader = DirectoryReader.open(directory)) {
            var tally = LuceneTally.tally(
                    reader, new TermQuery(new Term("word", "đất")), List.of("province", "fieldCode"), 2_000);

            assertThat(tally.estimated()).isTrue();
            assertThat(tally.count()).isEqualTo(20_000);
            assertThat((double) tally.facets().get("province").get("Tây Ninh")).isCloseTo(12_000, within(600.0));
            assertThat((double) tally.facets().get("province").get("Long An")).isCloseTo(8_000, within(600.0));
            assertThat(tally.facets().get("fieldCode").get("401")).isEqualTo(20_000L);
        }
    }

    @Test
    void theSampleIsEveryStrideThMatchAcrossSegments() throws Exception {
        try (var reader = DirectoryReader.open(directory)) {
            // 20,000 matches, sample 2,000: stride 10, so exactly the marked matches are read
            var tally = LuceneTally.tally(reader, new TermQuery(new Term("word", "đất")), List.of("mark"), 2_000);

            assertThat(tally.estimated()).isTrue();
            assertThat(tally.facets().get("mark")).containsExactly(Map.entry("mốc", 20_000L));
        }
    }

    @Test
    void withoutFacetFieldsOnlyTheCountIsKept() throws Exception {
        try (var reader = DirectoryReader.open(directory)) {
            var tally = LuceneTally.tally(reader, new TermQuery(new Term("word", "không-có")), List.of("province"), 10);

            assertThat(tally.count()).isZero();
            assertThat(tally.facets()).isEmpty();
        }
    }
}
