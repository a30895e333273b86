package vn.doimoi.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Vietnamese chain on a real Lucene index, queried the way the search module queries it
 * ({@link VietnameseAnalysis#fieldsFor}): what a person types must find what they mean.
 */
class VietnameseAnalyzerTests {

    private static final List<String> TITLES = List.of(
            "Sở Khoa học và Công nghệ tỉnh Long An",
            "Hội nghị hòa giải tranh chấp đất đai",
            "Đổi mới sáng tạo trong doanh nghiệp",
            "Dời mộ liệt sĩ về nghĩa trang",
            "Bán hàng trực tuyến cho hợp tác xã",
            "Chương trình khuyến nông bàn giao máy gặt");

    private ByteBuffersDirectory directory;
    private Analyzer analyzer;

    @BeforeEach
    void index() throws IOException {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put("title", VietnameseAnalysis.analyzer(VietnameseAnalysis.EXACT));
        perField.put("title_sh", VietnameseAnalysis.analyzer(VietnameseAnalysis.EXACT_SHINGLE));
        perField.put("title_fold", VietnameseAnalysis.analyzer(VietnameseAnalysis.FOLDED));
        perField.put("title_fold_sh", VietnameseAnalysis.analyzer(VietnameseAnalysis.FOLDED_SHINGLE));
        analyzer = new PerFieldAnalyzerWrapper(VietnameseAnalysis.analyzer(VietnameseAnalysis.EXACT), perField);
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String title : TITLES) {
                Document document = new Document();
                document.add(new StoredField("id", title));
                for (String field : perField.keySet()) {
                    document.add(new TextField(field, title, Field.Store.NO));
                }
                writer.addDocument(document);
            }
        }
    }

    @Test
    void unaccentedQueryFindsTheAccentedTitle() throws IOException {
        assertThat(search("khoa hoc cong nghe")).first().isEqualTo("Sở Khoa học và Công nghệ tỉnh Long An");
    }

    @Test
    void eitherTonePlacementFindsTheOther() throws IOException {
        // "hoà" (new style) must find "hòa" (old style) in the index, and the reverse.
        assertThat(search("hoà giải")).first().isEqualTo("Hội nghị hòa giải tranh chấp đất đai");
        assertThat(tokens(VietnameseAnalysis.EXACT, "hòa"))
                .containsExactly(tokens(VietnameseAnalysis.EXACT, "hoà").get(0));
        assertThat(tokens(VietnameseAnalysis.EXACT, "khỏe thủy"))
                .isEqualTo(tokens(VietnameseAnalysis.EXACT, "khoẻ thuỷ"));
    }

    @Test
    void accentedAndUnaccentedQueriesBothFindDoiMoi() throws IOException {
        assertThat(search("đổi mới")).first().isEqualTo("Đổi mới sáng tạo trong doanh nghiệp");
        assertThat(search("doi moi")).contains("Đổi mới sáng tạo trong doanh nghiệp");
    }

    @Test
    void anAccentedQueryRanksTheExactSpellingAboveLookAlikes() throws IOException {
        // "đổi mới" and "dời mộ" fold to almost the same letters; the exact fields decide.
        assertThat(search("dời mộ")).first().isEqualTo("Dời mộ liệt sĩ về nghĩa trang");
        assertThat(search("đổi mới")).first().isEqualTo("Đổi mới sáng tạo trong doanh nghiệp");
    }

    @Test
    void upperCaseAndDecomposedInputMatchLikeLowerCaseNfc() throws IOException {
        String decomposed = java.text.Normalizer.normalize("KHOA HỌC", java.text.Normalizer.Form.NFD);
        assertThat(search(decomposed)).first().isEqualTo("Sở Khoa học và Công nghệ tỉnh Long An");
    }

    @Test
    void foldedFieldMapsDToD() throws IOException {
        assertThat(tokens(VietnameseAnalysis.FOLDED, "Đất đai")).containsExactly("dat", "dai");
        assertThat(tokens(VietnameseAnalysis.EXACT_SHINGLE, "đổi mới sáng tạo"))
                .containsExactly("đổi mới", "mới sáng", "sáng tạo");
    }

    @Test
    void keepsFunctionSyllablesBecauseTheyArePartsOfWords() throws IOException {
        assertThat(tokens(VietnameseAnalysis.EXACT, "sở khoa học và công nghệ")).contains("và");
    }

    private List<String> search(String typed) throws IOException {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (VietnameseAnalysis.WeightedField field : VietnameseAnalysis.fieldsFor("title", typed)) {
            Query clause = builder.createBooleanQuery(field.name(), typed);
            if (clause != null) {
                query.add(new BoostQuery(clause, field.boost()), BooleanClause.Occur.SHOULD);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> titles = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), 10).scoreDocs) {
                titles.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return titles;
        }
    }

    private static List<String> tokens(String analyzerName, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (Analyzer analyzer = VietnameseAnalysis.analyzer(analyzerName);
                TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
