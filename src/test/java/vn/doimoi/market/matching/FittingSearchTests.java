package vn.doimoi.market.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The one-pass search against the same query with the filter as a clause, on a real Lucene index. */
class FittingSearchTests {

    private static final String[] WORDS = {"xử", "lý", "nước", "thải", "cá", "tra", "lò", "hơi", "sấy", "lúa", "giống"};

    @Test
    void findsExactlyTheBestFittingRecordsOfTheFilteredQueryLeavingOutTheGivenIds() throws Exception {
        Random random = new Random(42);
        List<UUID> ids = new ArrayList<>();
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 3_000; i++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 5 + random.nextInt(20); w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    Document doc = new Document();
                    doc.add(new BinaryDocValuesField(FittingSearch.ID_FIELD, new BytesRef(id.toString())));
                    doc.add(new StoredField("id", id.toString()));
                    doc.add(new StringField("kind", random.nextInt(4) == 0 ? "DEMAND" : "OFFER", Field.Store.NO));
                    doc.add(new IntPoint("trl", 1 + random.nextInt(9)));
                    doc.add(new TextField("text", text.toString(), Field.Store.NO));
                    writer.addDocument(doc);
                    if (i % 700 == 0) {
                        writer.commit(); // several segments
                    }
                }
            }
            Query text = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term("text", "nước")), 2f), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term("text", "thải")), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term("text", "tra")), 0.5f), BooleanClause.Occur.SHOULD)
                    .build();
            Query fits = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("kind", "OFFER")), BooleanClause.Occur.FILTER)
                    .add(IntPoint.newRangeQuery("trl", 6, Integer.MAX_VALUE), BooleanClause.Occur.FILTER)
                    .build();
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher plain = new IndexSearcher(reader);
                Query filtered = new BooleanQuery.Builder()
                        .add(text, BooleanClause.Occur.MUST)
                        .add(fits, BooleanClause.Occur.FILTER)
                        .build();
                List<FittingSearch.Hit> expected = new ArrayList<>();
                for (ScoreDoc doc : plain.search(filtered, 60).scoreDocs) {
                    String id = plain.storedFields().document(doc.doc).get("id");
                    expected.add(new FittingSearch.Hit(UUID.fromString(id), doc.score));
                }
                Set<UUID> leftOut = Set.of(expected.get(0).id(), expected.get(3).id(), UUID.randomUUID());

                List<FittingSearch.Hit> found = FittingSearch.best(reader, text, fits, leftOut, 50);

                List<FittingSearch.Hit> wanted = expected.stream()
                        .filter(hit -> !leftOut.contains(hit.id()))
                        .limit(50)
                        .toList();
                assertThat(found).hasSize(50);
                assertThat(found.stream().map(FittingSearch.Hit::id).toList())
                        .isEqualTo(wanted.stream().map(FittingSearch.Hit::id).toList());
                assertThat(found.get(0).score()).isEqualTo(wanted.get(0).score());
            }
        }
    }
}
