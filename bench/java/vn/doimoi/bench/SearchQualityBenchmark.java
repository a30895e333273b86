package vn.doimoi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.document.DocumentData;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.search.SearchHit;
import vn.doimoi.search.SiteSearch;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Search quality on XQuAD-R Vietnamese: its 240 paragraphs go in through doimoi's own indexing
 * path (documents of the portal's library, the paragraph as the summary), its 1,190 questions go
 * through doimoi's own search, as typed and with every diacritic removed; MRR@10 and recall@10
 * are compared with PostgreSQL full-text search (unaccent + simple, GIN) on the same texts in the
 * same run. Figures go to docs/benchmarks.md.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchQualityBenchmark {

    private static final Path CORPUS = Path.of("../shared/data/vi-corpus/xquad-r-vi");

    @Autowired
    Documents documents;

    @Autowired
    SiteSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    record Figures(double mrr, double recall) {}

    @Test
    void measure() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "XQuAD-R is not at " + CORPUS.toAbsolutePath());
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("paragraphs.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            titles.put(node.get("id").asString(), node.get("title").asString().replace('_', ' '));
            texts.put(node.get("id").asString(), node.get("text").asString());
        }
        Map<String, String> questions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 2);
            questions.put(parts[0], parts[1]);
        }
        Map<String, String> relevant = new HashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("qrels-paragraph.txt"), StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            relevant.put(parts[0], parts[2]);
        }

        // doimoi: each paragraph becomes a document of the library, indexed as documents are.
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> paragraphByUrl = new HashMap<>();
        long indexStart = System.nanoTime();
        for (var paragraph : texts.entrySet()) {
            UUID id = documents.create(new DocumentData(
                    DocumentType.OTHER,
                    "XQ-" + run + "-" + paragraph.getKey(),
                    "XQuAD-R",
                    null,
                    LocalDate.of(2020, 5, 19),
                    null,
                    titles.get(paragraph.getKey()),
                    paragraph.getValue()));
            paragraphByUrl.put("/documents/" + id, paragraph.getKey());
        }
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;

        // PostgreSQL full-text search on the same paragraphs, in the same database.
        jdbc.sql("create extension if not exists unaccent").update();
        jdbc.sql("create schema if not exists bench").update();
        jdbc.sql("drop table if exists bench.paragraph").update();
        jdbc.sql("create table bench.paragraph (id text primary key, body text, tsv tsvector)").update();
        for (var paragraph : texts.entrySet()) {
            jdbc.sql("insert into bench.paragraph values (?, ?, to_tsvector('simple', unaccent(?)))")
                    .params(paragraph.getKey(), titles.get(paragraph.getKey()) + " " + paragraph.getValue(),
                            titles.get(paragraph.getKey()) + " " + paragraph.getValue())
                    .update();
        }
        jdbc.sql("create index on bench.paragraph using gin (tsv)").update();

        Map<String, Figures> figures = new LinkedHashMap<>();
        figures.put("doimoi, as typed", measure(questions, relevant, q -> doimoi(q, paragraphByUrl)));
        figures.put("doimoi, without diacritics", measure(questions, relevant, q -> doimoi(VietnameseText.fold(q), paragraphByUrl)));
        figures.put("PostgreSQL FTS, as typed", measure(questions, relevant, this::postgres));
        figures.put("PostgreSQL FTS, without diacritics", measure(questions, relevant, q -> postgres(VietnameseText.fold(q))));
        jdbc.sql("drop schema bench cascade").update();

        String table = report(figures, texts.size(), questions.size(), indexSeconds);
        System.out.println(table);
        BenchmarkReport.write("search-quality", table);
        assertThat(figures.get("doimoi, as typed").mrr()).isGreaterThan(0);
    }

    private interface Searcher {
        List<String> top10(String question);
    }

    private static Figures measure(Map<String, String> questions, Map<String, String> relevant, Searcher searcher) {
        double reciprocalRanks = 0;
        int found = 0;
        for (var question : questions.entrySet()) {
            List<String> ranked = searcher.top10(question.getValue());
            int rank = ranked.indexOf(relevant.get(question.getKey()));
            if (rank >= 0) {
                reciprocalRanks += 1.0 / (rank + 1);
                found++;
            }
        }
        return new Figures(reciprocalRanks / questions.size(), (double) found / questions.size());
    }

    private List<String> doimoi(String question, Map<String, String> paragraphByUrl) {
        List<String> ids = new ArrayList<>();
        for (SearchHit hit : search.search(question, "document", 0, 10).hits()) {
            String paragraph = paragraphByUrl.get(hit.url());
            if (paragraph != null) {
                ids.add(paragraph);
            }
        }
        return ids;
    }

    /** Any word may match (an AND of a whole question finds almost nothing), ranked by ts_rank_cd. */
    private List<String> postgres(String question) {
        String[] words = VietnameseText.fold(question).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        String query = String.join(" | ", java.util.Arrays.stream(words).filter(w -> !w.isBlank()).toList());
        if (query.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id from bench.paragraph, to_tsquery('simple', unaccent(?)) q
                        where tsv @@ q order by ts_rank_cd(tsv, q) desc limit 10
                        """)
                .param(query)
                .query(String.class)
                .list();
    }

    private static String report(Map<String, Figures> figures, int documents, int questions, double indexSeconds) {
        StringBuilder table = new StringBuilder();
        table.append("Reproduce with `bench/search-quality.sh`. ");
        table.append(String.format(Locale.ROOT,
                "XQuAD-R Vietnamese: %d paragraphs, %d questions; indexing through doimoi's documents library took %.1f s.%n",
                documents, questions, indexSeconds));
        table.append("doimoi: the one search (`SiteSearch`, kind `document`), as a visitor would query it. "
                + "PostgreSQL: `to_tsvector('simple', unaccent(title || text))` with a GIN index, any word of the "
                + "question (OR) ranked by `ts_rank_cd`. Goal: MRR@10 ≥ 0.95 as typed, ≥ 0.94 without diacritics.\n\n");
        table.append("| Engine, queries | MRR@10 | Recall@10 | MRR@10 as a ratio of PostgreSQL FTS's |\n|---|---|---|---|\n");
        for (var entry : figures.entrySet()) {
            String baselineKey = entry.getKey().startsWith("doimoi")
                    ? entry.getKey().replace("doimoi", "PostgreSQL FTS")
                    : entry.getKey();
            double ratio = entry.getValue().mrr() / figures.get(baselineKey).mrr();
            table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f× |%n",
                    entry.getKey(), entry.getValue().mrr(), entry.getValue().recall(), ratio));
        }
        return table.toString();
    }
}
