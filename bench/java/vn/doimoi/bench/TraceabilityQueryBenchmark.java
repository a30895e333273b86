package vn.doimoi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;
import vn.doimoi.traceability.gs1.CheckDigit;

/**
 * Traceability queries over {@code bench.events} stored events (10 million by default), generated
 * by PostgreSQL itself ({@code generate_series}) in the real schema: each event names its lot's
 * class (quantity list) and every other event also one serialised item, so {@code event_epc} holds
 * 1.5 rows per event. Measured one query at a time after a warm-up, against a baseline in the same
 * run:
 * <ul>
 *   <li>the lot trace ({@code EQ_epc} of a lot's class): the SQL of {@code EventStore.timeline} through
 *       JDBC in the server's JVM, against the same SQL sent by {@code psql} ({@code \timing});
 *   <li>{@code MATCH_anyEPC} of one GTIN's serialised items ({@code epc LIKE 'https://id.gs1.org/01/…/21/%'},
 *       the first page of 100 in event time) through JDBC, against the same SQL by {@code psql};
 *   <li>the consumer page of a lot with 200 events over HTTP (JDK HttpClient), against the same page
 *       bytes served by the JDK's HttpServer in the same JVM.
 * </ul>
 * psql is needed (apt-get install -y postgresql-client): the run fails when it is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TraceabilityQueryBenchmark {

    private static final String BENCH = "bench-trace";
    private static final String DL = "https://id.gs1.org/01/";

    private final long events = Long.getLong("bench.events", 10_000_000L);
    private final int queries = Integer.getInteger("bench.queries", 300);
    private final int warmUp = Integer.getInteger("bench.warmUp", 100);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    private final HttpClient http = HttpClient.newHttpClient();
    private String apiKey = "";

    record Latency(String what, double p50, double p95, int samples) {}

    @Test
    void measure() throws Exception {
        requirePsql();
        long lots = Math.max(1, events / 50);
        long gtins = Math.max(1, events / 1000);
        // a verified enterprise with an API key, so the EPCIS API itself can be asked too
        UUID enterprise = users.organisation();
        organisations.setVerified(enterprise, true);
        String member = users.create(Role.ORG_MEMBER, enterprise);
        apiKey = "dmk_" + "bench" + UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.api_key (id, organisation_id, name, secret_hash, secret_start, created_by,"
                        + " created_at) VALUES (?, ?, 'bench', encode(sha256(convert_to(?, 'UTF8')), 'hex'),"
                        + " 'dmk_bench', ?, now())")
                .params(UUID.randomUUID(), enterprise, apiKey, users.id(member).value())
                .update();
        String organisation = enterprise.toString();
        long loadStart = System.nanoTime();
        long stored = jdbc.sql("SELECT count(*) FROM traceability.event WHERE recorded_by = ?")
                .param(BENCH)
                .query(Long.class)
                .single();
        if (stored != events) {
            cleanUp();
            generate(organisation, lots, gtins);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        jdbc.sql("ANALYZE traceability.event").update();
        jdbc.sql("ANALYZE traceability.event_epc").update();
        String pagePath = consumerLot(organisation);

        String trace = """
                SELECT e.event_id, e.biz_step, e.event_time, e.time_zone_offset,
                       loc.name AS place, e.document->>'doimoi:partner' AS partner,
                       e.document->>'doimoi:note' AS note,
                       e.document->'quantityList'->0->>'quantity' AS quantity,
                       e.document->'quantityList'->0->>'uom' AS unit
                FROM traceability.event e
                LEFT JOIN traceability.location loc ON 'https://id.gs1.org/414/' || loc.gln = e.biz_location
                WHERE e.id IN (SELECT event_uuid FROM traceability.event_epc WHERE epc = '%s')
                ORDER BY e.event_time, e.record_time""";
        String match = """
                SELECT e.event_id, e.event_time, e.biz_step FROM traceability.event e
                WHERE e.id IN (SELECT event_uuid FROM traceability.event_epc WHERE epc LIKE '%s')
                ORDER BY e.event_time LIMIT 100""";
        Random random = new Random(20261207);
        List<String> traceSql = new ArrayList<>();
        List<String> matchSql = new ArrayList<>();
        List<String> traceApi = new ArrayList<>();
        List<String> matchApi = new ArrayList<>();
        for (int i = 0; i < warmUp + queries; i++) {
            // a lot exists under one GTIN only: event i is lot i % lots of GTIN i % gtins, and lots is a
            // multiple of gtins, so lot l belongs to GTIN l % gtins (a random pair of both found nothing)
            long lot = random.nextLong(lots);
            traceSql.add(trace.formatted(DL + gtin(lot % gtins) + "/10/L" + lot));
            traceApi.add("/epcis/events?perPage=100&MATCH_anyEPCClass="
                    + encode(DL + gtin(lot % gtins) + "/10/L" + lot));
            // serialised items are made for even events only, so only GTINs with an even number have them
            String items = DL + gtin(random.nextLong(gtins) / 2 * 2) + "/21/";
            matchSql.add(match.formatted(items + "%"));
            matchApi.add("/epcis/events?perPage=100&MATCH_anyEPC=" + encode(items + "*"));
        }
        String planTrace = plan(traceSql.get(0));
        String planMatch = plan(matchSql.get(0));
        List<Latency> figures = new ArrayList<>();
        figures.add(jdbcLatency("lot trace (`EQ_epc` of the lot class), JDBC in the server's JVM", traceSql));
        figures.add(psqlLatency("lot trace, the same SQL by `psql`", traceSql));
        figures.add(jdbcLatency("`MATCH_anyEPC` of a GTIN's items, first 100, JDBC", matchSql));
        figures.add(psqlLatency("`MATCH_anyEPC`, the same SQL by `psql`", matchSql));
        figures.add(apiLatency("lot trace through the EPCIS API (`GET /epcis/events?MATCH_anyEPCClass=…`), HTTP",
                traceApi));
        figures.add(apiLatency("`MATCH_anyEPC=…/21/*` through the EPCIS API, first 100, HTTP", matchApi));
        figures.addAll(pageLatency(pagePath));
        double load = Files.readString(Path.of("/proc/loadavg")).split(" ").length > 0
                ? Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0])
                : -1;
        String section = report(loadSeconds, stored == events, figures, planTrace, planMatch, load);
        System.out.println(section);
        BenchmarkReport.write("traceability-query", section);
        assertThat(figures).allSatisfy(figure -> assertThat(figure.samples()).isEqualTo(queries));
    }

    /**
     * The events and their EPCs, made by PostgreSQL in the real tables the way a bulk load is done
     * (ADR 0083): the tables' indexes and keys are dropped first and built again afterwards (a sort
     * each, instead of ten million random insertions into each), the rows are inserted by two
     * sessions at once (one per core), the foreign key is checked once at the end, and checkpoints
     * are spaced out while the rows go in. The definitions come from the catalogue, so what is
     * measured afterwards is exactly the schema the migrations made.
     */
    private void generate(String organisation, long lots, long gtins) throws Exception {
        List<String> foreignKeys = jdbc.sql("""
                        SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s NOT VALID', conrelid::regclass, conname,
                                      pg_get_constraintdef(oid)) || '|' || format('ALTER TABLE %s VALIDATE CONSTRAINT %I',
                                      conrelid::regclass, conname) || '|' || format('ALTER TABLE %s DROP CONSTRAINT %I',
                                      conrelid::regclass, conname)
                        FROM pg_constraint WHERE contype = 'f'
                         AND (conrelid IN ('traceability.event'::regclass, 'traceability.event_epc'::regclass)
                              OR confrelid IN ('traceability.event'::regclass, 'traceability.event_epc'::regclass))""")
                .query(String.class)
                .list();
        List<String> keys = jdbc.sql("""
                        SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname,
                                      pg_get_constraintdef(oid)) || '|' || format('ALTER TABLE %s DROP CONSTRAINT %I',
                                      conrelid::regclass, conname)
                        FROM pg_constraint WHERE contype IN ('p', 'u')
                         AND conrelid IN ('traceability.event'::regclass, 'traceability.event_epc'::regclass)""")
                .query(String.class)
                .list();
        List<String> indexes = jdbc.sql("""
                        SELECT pg_get_indexdef(i.indexrelid) || '|' || format('DROP INDEX %s', i.indexrelid::regclass)
                        FROM pg_index i
                        WHERE i.indrelid IN ('traceability.event'::regclass, 'traceability.event_epc'::regclass)
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""")
                .query(String.class)
                .list();
        for (List<String> definitions : List.of(foreignKeys, keys, indexes)) {
            for (String definition : definitions) {
                jdbc.sql(last(definition)).update();
            }
        }
        jdbc.sql("ALTER SYSTEM SET max_wal_size = '32GB'").update();
        jdbc.sql("SELECT pg_reload_conf()").query(Boolean.class).single();
        try {
            long half = events / 2;
            var first = java.util.concurrent.CompletableFuture.runAsync(() -> load(organisation, lots, gtins, 1, half));
            load(organisation, lots, gtins, half + 1, events);
            first.get();
        } finally {
            jdbc.sql("ALTER SYSTEM RESET max_wal_size").update();
            jdbc.sql("SELECT pg_reload_conf()").query(Boolean.class).single();
        }
        // the keys first (the foreign key needs the primary key), then the other indexes, two at a time
        for (String key : keys) {
            jdbc.sql(key.split("\\|")[0]).update();
        }
        List<String> builds = indexes.stream().map(index -> index.split("\\|")[0]).toList();
        var half = java.util.concurrent.CompletableFuture.runAsync(
                () -> builds.subList(0, builds.size() / 2).forEach(this::build));
        builds.subList(builds.size() / 2, builds.size()).forEach(this::build);
        half.get();
        for (String foreignKey : foreignKeys) {
            String[] parts = foreignKey.split("\\|");
            jdbc.sql(parts[0]).update();
            jdbc.sql(parts[1]).update();
        }
        // as autovacuum does after a large insert: the visibility map lets the EPC look-ups read the index alone
        jdbc.sql("VACUUM (ANALYZE) traceability.event_epc").update();
        jdbc.sql("ANALYZE traceability.event").update();
    }

    /** The last of a definition's {@code |}-separated statements (the one that drops it). */
    private static String last(String definition) {
        return definition.substring(definition.lastIndexOf('|') + 1);
    }

    private void build(String index) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '512MB'");
            statement.execute(index);
            statement.execute("RESET maintenance_work_mem");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(index, e);
        }
    }

    /** Events {@code from}..{@code to} (inclusive) and their EPCs, in one session. */
    private void load(String organisation, long lots, long gtins, long from, long to) {
        jdbc.sql("""
                        INSERT INTO traceability.event (id, event_id, organisation_id, lot_id, event_type, event_time,
                            time_zone_offset, record_time, action, biz_step, disposition, read_point, biz_location,
                            document, recorded_by)
                        SELECT md5('bench-trace-' || i)::uuid, 'ni:///bench-trace/' || i, ?::uuid, NULL, 'ObjectEvent',
                               timestamptz '2024-01-01 00:00+07' + i * interval '3 seconds', '+07:00', now(), 'OBSERVE',
                               (ARRAY['https://doimoi.vn/voc/bizStep/harvesting', 'packing', 'shipping', 'receiving'])[1 + i % 4],
                               'active', 'https://id.gs1.org/414/8930000000017', 'https://id.gs1.org/414/8930000000017',
                               jsonb_build_object('type', 'ObjectEvent', 'quantityList', jsonb_build_array(jsonb_build_object(
                                   'epcClass', ? || lpad((i % ?)::text, 13, '0') || '/10/L' || (i % ?),
                                   'quantity', 10, 'uom', 'KGM'))),
                               ?
                        FROM generate_series(?::bigint, ?::bigint) AS i""")
                .params(organisation, DL + "0", gtins, lots, BENCH, from, to)
                .update();
        jdbc.sql("""
                        INSERT INTO traceability.event_epc (event_uuid, epc, role)
                        SELECT md5('bench-trace-' || i)::uuid, ? || lpad((i % ?)::text, 13, '0') || '/10/L' || (i % ?), 'EPC_CLASS'
                        FROM generate_series(?::bigint, ?::bigint) AS i""")
                .params(DL + "0", gtins, lots, from, to)
                .update();
        jdbc.sql("""
                        INSERT INTO traceability.event_epc (event_uuid, epc, role)
                        SELECT md5('bench-trace-' || i)::uuid, ? || lpad((i % ?)::text, 13, '0') || '/21/S' || i, 'EPC'
                        FROM generate_series(?::bigint, ?::bigint) AS i WHERE i % 2 = 0""")
                .params(DL + "0", gtins, from, to)
                .update();
    }

    /** The bench GTINs are {@code 0} and 13 digits of the GTIN's number (no check digit: only the SQL reads them). */
    private static String gtin(long n) {
        return "0" + String.format(Locale.ROOT, "%013d", n);
    }

    /** A product, location and lot with 200 events as the phone forms make them; answers the page's path. */
    private String consumerLot(String organisation) {
        String body = "893999" + String.format(Locale.ROOT, "%06d", 1207);
        String gtin = "0" + body + CheckDigit.mod10(body);
        String glnBody = "893999900001";
        String gln = glnBody + CheckDigit.mod10(glnBody);
        jdbc.sql("DELETE FROM traceability.event WHERE recorded_by = 'bench-trace-page'").update();
        jdbc.sql("DELETE FROM traceability.lot WHERE created_by = 'bench-trace-page'").update();
        jdbc.sql("DELETE FROM traceability.product WHERE created_by = 'bench-trace-page'").update();
        jdbc.sql("DELETE FROM traceability.location WHERE created_by = 'bench-trace-page'").update();
        UUID product = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.product (id, organisation_id, gtin, name, description, standards, created_by,"
                        + " created_at) VALUES (?, ?::uuid, ?, 'Thanh long ruột đỏ sấy dẻo', 'Sấy dẻo từ thanh long"
                        + " VietGAP Châu Thành', 'VietGAP; TCVN 13274:2020', 'bench-trace-page', now())")
                .params(product, organisation, gtin)
                .update();
        jdbc.sql("INSERT INTO traceability.location (id, organisation_id, gln, name, kind, commune_code, created_by,"
                        + " created_at) VALUES (?, ?::uuid, ?, 'Vườn thanh long Châu Thành', 'FARM', '27823',"
                        + " 'bench-trace-page', now())")
                .params(UUID.randomUUID(), organisation, gln)
                .update();
        UUID lot = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.lot (id, product_id, organisation_id, lot_number, produced_on, quantity,"
                        + " unit, created_by, created_at) VALUES (?, ?, ?::uuid, 'BENCH-200', DATE '2026-12-01', 800,"
                        + " 'KGM', 'bench-trace-page', now())")
                .params(lot, product, organisation)
                .update();
        String epcClass = DL + gtin + "/10/BENCH-200";
        jdbc.sql("""
                        INSERT INTO traceability.event (id, event_id, organisation_id, lot_id, event_type, event_time,
                            time_zone_offset, record_time, action, biz_step, disposition, read_point, biz_location,
                            document, recorded_by)
                        SELECT md5('bench-page-' || i)::uuid, 'ni:///bench-page/' || i, ?::uuid, ?, 'ObjectEvent',
                               timestamptz '2026-11-01 06:00+07' + i * interval '2 hours', '+07:00', now(), 'OBSERVE',
                               (ARRAY['https://doimoi.vn/voc/bizStep/harvesting', 'packing', 'shipping', 'receiving'])[1 + i % 4],
                               'active', ?, ?,
                               jsonb_build_object('type', 'ObjectEvent', 'doimoi:note', 'Ghi chú bước ' || i,
                                   'quantityList', jsonb_build_array(jsonb_build_object('epcClass', ?, 'quantity', 4,
                                   'uom', 'KGM'))),
                               'bench-trace-page'
                        FROM generate_series(1, 200) AS i""")
                .params(organisation, lot, "https://id.gs1.org/414/" + gln, "https://id.gs1.org/414/" + gln, epcClass)
                .update();
        jdbc.sql("INSERT INTO traceability.event_epc (event_uuid, epc, role) SELECT md5('bench-page-' || i)::uuid, ?,"
                        + " 'EPC_CLASS' FROM generate_series(1, 200) AS i")
                .param(epcClass)
                .update();
        return "/truy-xuat/01/" + gtin + "/10/BENCH-200";
    }

    private Latency jdbcLatency(String what, List<String> sql) {
        double[] millis = new double[queries];
        for (int i = 0; i < sql.size(); i++) {
            long start = System.nanoTime();
            int rows = jdbc.sql(sql.get(i)).query((rs, n) -> 1).list().size();
            if (i >= warmUp) {
                millis[i - warmUp] = (System.nanoTime() - start) / 1e6;
            }
            assertThat(rows).isGreaterThan(0);
        }
        return latency(what, millis);
    }

    /** The same statements through psql, each timed by psql's {@code \timing} (sent, planned, run, received). */
    private Latency psqlLatency(String what, List<String> sql) throws Exception {
        Path script = Files.createTempFile("bench-trace-", ".sql");
        StringBuilder text = new StringBuilder("\\timing on\n\\o /dev/null\n");
        sql.forEach(statement -> text.append(statement.replace('\n', ' ')).append(";\n"));
        Files.writeString(script, text.toString(), StandardCharsets.UTF_8);
        String url = dataSource.getConnection().getMetaData().getURL();
        URI uri = URI.create(url.substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder(
                        "psql", "-X", "-q", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", "postgres",
                        "-d", uri.getPath().substring(1), "-f", script.toString())
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        double[] all = output.lines()
                .filter(line -> line.startsWith("Time: "))
                .mapToDouble(line -> Double.parseDouble(line.substring(6, line.indexOf(" ms"))))
                .toArray();
        if (all.length != sql.size()) {
            throw new IllegalStateException("psql timed " + all.length + " of " + sql.size() + ": " + output);
        }
        Files.delete(script);
        return latency(what, Arrays.copyOfRange(all, warmUp, all.length));
    }

    /** The consumer page over HTTP, and the same bytes from the JDK's HttpServer. */
    private List<Latency> pageLatency(String path) throws Exception {
        HttpResponse<byte[]> first = http.send(get("http://127.0.0.1:" + port + path), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(first.statusCode()).isEqualTo(200);
        byte[] page = first.body();
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("Thanh long ruột đỏ sấy dẻo", "Ghi chú bước 200");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            return List.of(
                    httpLatency(
                            "consumer page of a lot with 200 events (" + page.length + " bytes), HTTP",
                            "http://127.0.0.1:" + port + path),
                    httpLatency(
                            "the same bytes from the JDK's HttpServer, HTTP",
                            "http://127.0.0.1:" + server.getAddress().getPort() + path));
        } finally {
            server.stop(0);
        }
    }

    private Latency httpLatency(String what, String url) throws IOException, InterruptedException {
        double[] millis = new double[queries];
        for (int i = 0; i < warmUp + queries; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(get(url), HttpResponse.BodyHandlers.ofByteArray());
            if (i >= warmUp) {
                millis[i - warmUp] = (System.nanoTime() - start) / 1e6;
            }
            assertThat(response.statusCode()).isEqualTo(200);
        }
        return latency(what, millis);
    }

    /** The EPCIS API's own query (its SQL, JSON-LD out) over HTTP with the enterprise's key. */
    private Latency apiLatency(String what, List<String> paths) throws IOException, InterruptedException {
        double[] millis = new double[queries];
        for (int i = 0; i < paths.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + paths.get(i)))
                    .header("Authorization", "Bearer " + apiKey)
                    .GET()
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (i >= warmUp) {
                millis[i - warmUp] = (System.nanoTime() - start) / 1e6;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).as(paths.get(i)).contains("ObjectEvent");
        }
        return latency(what, millis);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
    }

    private String plan(String sql) {
        return String.join(
                "\n", jdbc.sql("EXPLAIN " + sql).query((rs, n) -> "    " + rs.getString(1)).list());
    }

    private static Latency latency(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        Function<Double, Double> at = q -> sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
        return new Latency(what, at.apply(0.50), at.apply(0.95), sorted.length);
    }

    private void cleanUp() {
        jdbc.sql("DELETE FROM traceability.event WHERE recorded_by = ?").param(BENCH).update();
    }

    private String report(
            double loadSeconds, boolean reused, List<Latency> figures, String planTrace, String planMatch, double load) {
        StringBuilder out = new StringBuilder();
        out.append("## Traceability queries over ")
                .append(String.format(Locale.ROOT, "%,d", events))
                .append(" events (`bench/traceability-query.sh`)\n\n");
        out.append("Command: `bench/traceability-query.sh -Dbench.events=")
                .append(events)
                .append("`. Events and EPCs generated by PostgreSQL (`generate_series`) in the real tables ")
                .append(reused ? "(kept from an earlier run)" : String.format(Locale.ROOT, "in %.0f s", loadSeconds))
                .append("; ")
                .append(queries)
                .append(" measured queries each after ")
                .append(warmUp)
                .append(" warm-up ones, one at a time; load average at the end ")
                .append(String.format(Locale.ROOT, "%.1f", load))
                .append(". Goals: query p95 ≤ 50 ms, consumer page p95 ≤ 30 ms.\n\n");
        out.append("| What | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n");
        for (Latency figure : figures) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", figure.what(), figure.p50(), figure.p95()));
        }
        out.append("\nPlan of the lot trace:\n\n```\n").append(planTrace).append("\n```\n");
        out.append("\nPlan of `MATCH_anyEPC`:\n\n```\n").append(planMatch).append("\n```\n");
        return out.toString();
    }

    private static void requirePsql() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("psql is not installed (apt-get install -y postgresql-client)", e);
        }
    }
}
