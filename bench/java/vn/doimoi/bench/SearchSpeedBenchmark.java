package vn.doimoi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Search speed on Vietnamese Wikipedia: the 2,173 articles of the shared sample, replicated with
 * distinct ids to at least 100,000 records of the directory (the article title as the
 * organisation's name, its opening {@code bench.chars} characters as the description), indexed by
 * Hibernate Search's mass indexer (the path doimoi takes to rebuild its index) and by PostgreSQL
 * ({@code to_tsvector('simple', unaccent(...))} and a GIN index) in the same run. Queries of two
 * or three consecutive words taken from the texts, half of them with diacritics removed, go to
 * doimoi's search API over HTTP ({@code GET /api/v1/search}, every kind, facets and highlights,
 * as a visitor's browser asks) and to PostgreSQL over JDBC. Figures go to docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchSpeedBenchmark {

    private static final Path SAMPLE = Path.of("../shared/data/vi-corpus/viwiki-sample.jsonl");
    private static final String MARK = "bench-speed";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> PROVINCES =
            List.of("Tây Ninh", "Đồng Tháp", "Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Cần Thơ");

    private final int target = Integer.getInteger("bench.documents", 100_000);
    private final int chars = Integer.getInteger("bench.chars", 2_000);
    private final int queryCount = Integer.getInteger("bench.queries", 400);
    private final int clients = Integer.getInteger("bench.clients", 4);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    // For profiling rounds: keep the records and the index between runs (with a database and an
    // index directory that outlive the run) and time doimoi only. Never for recorded figures.
    private final int warmUpSeconds = Integer.getInteger("bench.warmUpSeconds", 30);
    private final boolean reuse = Boolean.getBoolean("bench.reuse");
    private final boolean doimoiOnly = Boolean.getBoolean("bench.doimoiOnly");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    /** One engine's figures. */
    record Speed(String engine, double p50, double p95, double qps, long queries, long hits) {}

    interface Engine {
        /** Runs one query and answers how many results it returned (at most 10). */
        int run(String query) throws Exception;
    }

    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(Files.exists(SAMPLE), "the Wikipedia sample is not at " + SAMPLE.toAbsolutePath());
        Assumptions.assumeTrue(WrkRun.available(), "wrk is not installed (apt-get install -y wrk)");
        List<String[]> articles = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            String text = VietnameseText.nfc(node.get("text").asString().replace("\r", ""));
            articles.add(new String[] {VietnameseText.clean(node.get("title").asString()), opening(text, chars)});
        }
        int copies = (target + articles.size() - 1) / articles.size();
        long textBytes = 0;
        for (String[] article : articles) {
            textBytes += (article[0] + " " + article[1]).getBytes(StandardCharsets.UTF_8).length;
        }
        textBytes *= copies;

        int kept = reuse
                ? jdbc.sql("select count(*) from directory.organisation where short_name = ?")
                        .param(MARK)
                        .query(Integer.class)
                        .single()
                : 0;
        int documents = kept;
        double loadSeconds = 0;
        double doimoiIndexSeconds = 0;
        if (kept < target) {
            cleanUp();
            long loadStart = System.nanoTime();
            documents = load(articles, copies);
            loadSeconds = seconds(loadStart);

            // doimoi: Hibernate Search's mass indexer, as doimoi rebuilds its index, over all organisations.
            long indexStart = System.nanoTime();
            Search.mapping(entityManagerFactory)
                    .scope(Object.class, List.of("Organisation"))
                    .massIndexer()
                    .mergeSegmentsOnFinish(true)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .startAndWait();
            doimoiIndexSeconds = seconds(indexStart);
        }

        double pgIndexSeconds = doimoiOnly ? 0 : postgresIndex();

        List<String> queries = queries(articles, queryCount, 20261128);
        // Warm-up queries are drawn apart from the measured ones: they bring the JIT to its steady
        // state (a server runs for days) without putting the measured queries' postings in caches.
        List<String> warmUpQueries = queries(articles, 4_000, 20261129);
        List<Speed> speeds = new ArrayList<>();
        speeds.add(wrkSpeed(
                "doimoi `GET /api/v1/search` (all kinds, facets, highlights), HTTP from wrk", queries, warmUpQueries));
        if (doimoiOnly) {
            System.out.printf(Locale.ROOT, "doimoi only: %s%n", speeds.get(0));
        }
        Map<String, Engine> engines = new LinkedHashMap<>();
        engines.put("the same, HTTP from the JDK's HttpClient inside the server's JVM", this::doimoi);
        if (!doimoiOnly) {
            engines.put(
                    "PostgreSQL FTS, any word (OR) ranked by `ts_rank_cd`, as the quality benchmark", this::postgresAny);
            engines.put("PostgreSQL FTS, all words (`plainto_tsquery`, AND) ranked by `ts_rank_cd`", this::postgresAll);
        }
        for (var engine : engines.entrySet()) {
            speeds.add(speed(engine.getKey(), engine.getValue(), queries, warmUpQueries));
        }
        if (doimoiOnly) {
            System.out.printf(Locale.ROOT, "doimoi only: %s%n", speeds.get(1));
            return;
        }
        double load = loadAverage();
        if (!reuse) {
            cleanUp();
        }

        String section = report(
                documents, textBytes, loadSeconds, doimoiIndexSeconds, pgIndexSeconds, queries.size(), speeds, load);
        System.out.println(section);
        BenchmarkReport.write("search-speed", section);
        assertThat(speeds.get(0).hits()).isGreaterThan(0);
    }

    /** PostgreSQL: tsvector and GIN index on the same records, same database; answers the seconds taken. */
    private double postgresIndex() {
        jdbc.sql("create extension if not exists unaccent").update();
        jdbc.sql("create schema if not exists bench").update();
        jdbc.sql("drop table if exists bench.wiki").update();
        long pgStart = System.nanoTime();
        jdbc.sql("""
                        create table bench.wiki as
                        select id, name, to_tsvector('simple', unaccent(name || ' ' || coalesce(description, ''))) tsv
                        from directory.organisation where short_name = ?
                        """)
                .param(MARK)
                .update();
        jdbc.sql("create index on bench.wiki using gin (tsv)").update();
        jdbc.sql("analyze bench.wiki").update();
        return seconds(pgStart);
    }

    private int load(List<String[]> articles, int copies) {
        Instant now = Instant.now();
        List<Object[]> batch = new ArrayList<>();
        int count = 0;
        for (int copy = 1; copy <= copies; copy++) {
            for (int a = 0; a < articles.size(); a++) {
                String[] article = articles.get(a);
                String name = copy == 1 ? article[0] : article[0] + " (" + copy + ")";
                Instant created = ZonedDateTime.ofInstant(now, VIETNAM)
                        .minusYears(count % 10)
                        .toInstant();
                batch.add(new Object[] {
                    UUID.randomUUID(),
                    name.length() > 300 ? name.substring(0, 300) : name,
                    MARK,
                    PROVINCES.get(count % PROVINCES.size()),
                    article[1],
                    Timestamp.from(created)
                });
                count++;
                if (batch.size() == 1_000) {
                    insert(batch);
                }
            }
        }
        insert(batch);
        return count;
    }

    private void insert(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate(
                "insert into directory.organisation (id, type, name, short_name, province, description, created_at,"
                        + " updated_at, version, verified) values (?, 'OTHER', ?, ?, ?, ?, ?, now(), 0, false)",
                batch);
        batch.clear();
    }

    private void cleanUp() {
        jdbc.sql("delete from directory.organisation where short_name = ?").param(MARK).update();
        jdbc.sql("drop schema if exists bench cascade").update();
    }

    /** Two or three consecutive words from a random article; every other query without diacritics. */
    private List<String> queries(List<String[]> articles, int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            String[] words = articles.get(random.nextInt(articles.size()))[1]
                    .replaceAll("[^\\p{L}\\p{N}]+", " ")
                    .strip()
                    .split(" ");
            int length = 2 + random.nextInt(2);
            if (words.length < length + 1) {
                continue;
            }
            int from = random.nextInt(words.length - length);
            String query = String.join(" ", Arrays.copyOfRange(words, from, from + length))
                    .toLowerCase(VietnameseText.VIETNAMESE);
            queries.add(queries.size() % 2 == 0 ? query : VietnameseText.fold(query));
        }
        return queries;
    }

    /** doimoi's search API driven by wrk (see {@link WrkRun}): warm-up, latency with one connection, throughput. */
    private Speed wrkSpeed(String name, List<String> queries, List<String> warmUpQueries) throws Exception {
        Path work = Files.createTempDirectory("doimoi-search-speed");
        WrkRun wrk = new WrkRun("http://127.0.0.1:" + port, work);
        wrk.run(warmUpQueries, 1, warmUpSeconds, false);
        WrkRun.Result latency = wrk.run(queries, 1, seconds * 3, true);
        WrkRun.Result throughput = wrk.run(queries, clients, seconds, false);
        if (latency.failures() + throughput.failures() > 0) {
            throw new IllegalStateException("doimoi answered " + (latency.failures() + throughput.failures())
                    + " searches with an error");
        }
        return new Speed(
                name,
                latency.p50(),
                latency.p95(),
                throughput.perSecond(),
                latency.requests(),
                latency.results());
    }

    private Speed speed(String name, Engine engine, List<String> queries, List<String> warmUpQueries)
            throws Exception {
        AtomicLong hits = new AtomicLong();
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds);
        for (int i = 0; System.nanoTime() < warmUntil; i++) {
            engine.run(warmUpQueries.get(i % warmUpQueries.size()));
        }
        // Latency: one client, each query once, at most `seconds` × 3.
        List<Double> millis = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds * 3L);
        for (String query : queries) {
            long start = System.nanoTime();
            hits.addAndGet(engine.run(query));
            millis.add((System.nanoTime() - start) / 1e6);
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        millis.sort(Double::compare);
        // Throughput: `clients` clients in parallel for `seconds`.
        AtomicLong done = new AtomicLong();
        long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c * queries.size() / clients;
            pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < stopAt) {
                    try {
                        engine.run(queries.get(i++ % queries.size()));
                        done.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds * 10L, TimeUnit.SECONDS);
        double elapsed = seconds(start);
        return new Speed(
                name, percentile(millis, 50), percentile(millis, 95), done.get() / elapsed, millis.size(), hits.get());
    }

    private int doimoi(String query) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?size=10&q="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).get("hits").size();
    }

    private int postgresAny(String query) {
        String[] words = VietnameseText.fold(query).split(" ");
        return jdbc.sql("""
                        select id from bench.wiki, to_tsquery('simple', unaccent(?)) q
                        where tsv @@ q order by ts_rank_cd(tsv, q) desc limit 10
                        """)
                .param(String.join(" | ", words))
                .query(String.class)
                .list()
                .size();
    }

    private int postgresAll(String query) {
        return jdbc.sql("""
                        select id from bench.wiki, plainto_tsquery('simple', unaccent(?)) q
                        where tsv @@ q order by ts_rank_cd(tsv, q) desc limit 10
                        """)
                .param(query)
                .query(String.class)
                .list()
                .size();
    }

    private static String opening(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', chars);
        return text.substring(0, cut > 0 ? cut : chars);
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private String report(
            int documents,
            long textBytes,
            double loadSeconds,
            double doimoiIndexSeconds,
            double pgIndexSeconds,
            int queries,
            List<Speed> speeds,
            double load) {
        StringBuilder out = new StringBuilder();
        out.append("Reproduce with `bench/search-speed.sh` (options: `-Dbench.documents=100000 -Dbench.chars=2000 "
                + "-Dbench.queries=400 -Dbench.clients=4 -Dbench.seconds=20 -Dbench.warmUpSeconds=30`).\n\n");
        out.append(String.format(
                Locale.ROOT,
                "Data: the %d articles of `viwiki-sample.jsonl` replicated to **%,d records** with distinct ids "
                        + "(directory organisations: title as the name, the article's first %,d characters as the "
                        + "description; %.0f MB of text), loaded by JDBC in %.1f s.%n%n",
                documents / Math.max(1, (documents + 2172) / 2173),
                documents,
                chars,
                textBytes / 1e6,
                loadSeconds));
        Speed doimoi = speeds.get(0);
        out.append("| Indexing | seconds | records/s |\n|---|---:|---:|\n");
        out.append(String.format(
                Locale.ROOT,
                "| doimoi, Hibernate Search mass indexer (4 Vietnamese fields per text, facets) | %.1f | %,.0f |%n",
                doimoiIndexSeconds,
                documents / doimoiIndexSeconds));
        out.append(String.format(
                Locale.ROOT,
                "| PostgreSQL, `to_tsvector('simple', unaccent(…))` + GIN index | %.1f | %,.0f |%n%n",
                pgIndexSeconds,
                documents / pgIndexSeconds));
        out.append(String.format(
                Locale.ROOT,
                "%d queries of 2–3 consecutive words from the texts, every other one without diacritics; "
                        + "latency with one client (each query once, after %d s of other queries to warm the server up), "
                        + "throughput with %d clients for %d s. doimoi is measured through HTTP and JSON (security "
                        + "filters, every kind counted, facets and highlights), first from wrk, a separate process, as "
                        + "browsers reach it, then from the JDK's HttpClient inside the server's JVM (the harness of "
                        + "earlier runs, whose client shares the server's two cores, threads and heap); PostgreSQL "
                        + "through JDBC only, returning ids.%n%n",
                queries,
                warmUpSeconds,
                clients,
                seconds));
        out.append("| Engine | p50 ms | p95 ms | queries/s | QPS vs this PostgreSQL row | results returned |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Speed speed : speeds) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | doimoi is %.2f× | %d in %d queries |%n",
                    speed.engine(),
                    speed.p50(),
                    speed.p95(),
                    speed.qps(),
                    doimoi.qps() / speed.qps(),
                    speed.hits(),
                    speed.queries()));
        }
        Speed viaJdk = speeds.get(1);
        Speed pgAny = speeds.get(2);
        out.append(String.format(
                Locale.ROOT,
                "%nGoal: doimoi p95 ≤ 20 ms (**%s**: %.1f ms from wrk; %.1f ms from the in-JVM client) and ≥ 5× "
                        + "PostgreSQL's queries per second on the same query semantics (**%s**: %.2f× the any-word "
                        + "row). 1-minute load average at the end: %.2f (the machine is shared with other builds).%n",
                doimoi.p95() <= 20 ? "met" : "not met",
                doimoi.p95(),
                viaJdk.p95(),
                doimoi.qps() >= 5 * pgAny.qps() ? "met" : "not met",
                doimoi.qps() / pgAny.qps(),
                load));
        return out.toString();
    }
}
