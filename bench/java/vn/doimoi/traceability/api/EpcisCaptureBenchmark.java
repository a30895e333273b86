package vn.doimoi.traceability.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;
import vn.doimoi.traceability.epcis.EpcisDocuments;
import vn.doimoi.traceability.epcis.EpcisEvent;
import vn.doimoi.traceability.events.EpcisGate;
import vn.doimoi.traceability.events.EventRow;

/**
 * Capture speed (issue 20, bench/epcis-capture.sh): events per second through {@code POST /epcis/capture}
 * over real HTTP (the application on a port, its embedded PostgreSQL), from the first byte sent to the
 * last job's SUCCEEDED, against PostgreSQL {@code COPY} of the same rows into tables of the same shape,
 * in the same run. Events carry no eventID, so the capture also computes every event hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EpcisCaptureBenchmark {

    static final int EVENTS = Integer.getInteger("bench.events", 20_000);
    static final int PER_DOCUMENT = Integer.getInteger("bench.perDocument", 5_000);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void captureAgainstCopy() throws Exception {
        UUID organisation = users.organisation();
        organisations.setVerified(organisation, true);
        String member = users.create(Role.ORG_MEMBER, organisation);
        String key = ApiKeys.PREFIX + "bench" + UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.api_key (id, organisation_id, name, secret_hash, secret_start, created_by,"
                        + " created_at) VALUES (?, ?, 'bench', ?, 'dmk_bench', ?, now())")
                .params(UUID.randomUUID(), organisation, ApiKeys.hash(key), users.id(member).value())
                .update();
        String run = Long.toString(System.nanoTime(), 36);
        List<String> documents = new ArrayList<>();
        for (int from = 0; from < EVENTS; from += PER_DOCUMENT) {
            List<String> events = new ArrayList<>();
            for (int i = from; i < Math.min(EVENTS, from + PER_DOCUMENT); i++) {
                events.add(event(run, i));
            }
            documents.add(ApiCalls.document(events.toArray(String[]::new)));
        }

        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        List<String> jobs = new ArrayList<>();
        for (String document : documents) {
            HttpResponse<String> accepted = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/epcis/capture"))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/ld+json")
                            .POST(HttpRequest.BodyPublishers.ofString(document))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            jobs.add(accepted.headers().firstValue("Location").orElseThrow());
        }
        for (String job : jobs) {
            while (true) {
                JsonNode status = json.readTree(http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + job))
                                        .header("Authorization", "Bearer " + key)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
                if (!status.path("status").asString().equals("RUNNING")) {
                    assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("SUCCEEDED");
                    break;
                }
                Thread.sleep(20);
            }
        }
        double captureSeconds = (System.nanoTime() - started) / 1e9;

        // the same rows (same events, their hashes as eventIDs, same EPCs), by COPY into tables of the same shape
        StringBuilder events = new StringBuilder();
        StringBuilder epcs = new StringBuilder();
        Instant now = Instant.now();
        for (String document : documents) {
            for (EpcisEvent event : EpcisDocuments.read(document).events()) {
                EventRow row = EpcisGate.row(event, organisation, now);
                UUID id = UUID.randomUUID();
                events.append(String.join(
                                "\t",
                                id.toString(),
                                row.eventId() + "-copy",
                                organisation.toString(),
                                "\\N",
                                row.type(),
                                row.eventTime().toString(),
                                row.timeZoneOffset(),
                                row.recordTime().toString(),
                                String.valueOf(row.action()),
                                String.valueOf(row.bizStep()),
                                "\\N",
                                "\\N",
                                String.valueOf(row.bizLocation()),
                                row.document().replace("\\", "\\\\"),
                                "bench"))
                        .append('\n');
                for (EventRow.Epc epc : row.epcs()) {
                    epcs.append(id).append('\t').append(epc.epc()).append('\t').append(epc.role()).append('\n');
                }
            }
        }
        // COPY into temporary tables of the same shape: no WAL, nothing else in them (the earlier baseline)
        double tempCopySeconds;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE copy_event (LIKE traceability.event INCLUDING ALL) ON COMMIT DROP");
                statement.execute("CREATE TEMP TABLE copy_event_epc (LIKE traceability.event_epc INCLUDING ALL) ON COMMIT DROP");
            }
            tempCopySeconds = copy(connection, "copy_event", "copy_event_epc", events, epcs);
            connection.commit();
        }
        // COPY into the real tables, as the capture writes them: WAL, the same indexes, the commit's flush
        double copySeconds;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long copyStarted = System.nanoTime();
            copy(connection, "traceability.event", "traceability.event_epc", events, epcs);
            connection.commit();
            copySeconds = (System.nanoTime() - copyStarted) / 1e9;
        }
        double capturePerSecond = EVENTS / captureSeconds;
        double copyPerSecond = EVENTS / copySeconds;
        double tempCopyPerSecond = EVENTS / tempCopySeconds;
        System.out.printf(
                "EPCIS-CAPTURE-BENCH events=%d perDocument=%d capture_s=%.2f capture_per_s=%.0f copy_s=%.2f"
                        + " copy_per_s=%.0f ratio=%.3f temp_copy_s=%.2f temp_copy_per_s=%.0f temp_ratio=%.3f%n",
                EVENTS, PER_DOCUMENT, captureSeconds, capturePerSecond, copySeconds, copyPerSecond,
                capturePerSecond / copyPerSecond, tempCopySeconds, tempCopyPerSecond,
                capturePerSecond / tempCopyPerSecond);
    }

    /** Copies the rows into the two tables; answers the seconds it took. */
    private static double copy(Connection connection, String eventTable, String epcTable, CharSequence events,
            CharSequence epcs) throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long started = System.nanoTime();
        long rows = copy.copyIn("COPY " + eventTable + " FROM STDIN", new StringReader(events.toString()));
        copy.copyIn("COPY " + epcTable + " FROM STDIN", new StringReader(epcs.toString()));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(rows).isEqualTo(EVENTS);
        return seconds;
    }

    private static String event(String run, int i) {
        return """
                {"type": "ObjectEvent", "eventTime": "2026-12-07T08:%02d:%02d+07:00", "eventTimeZoneOffset": "+07:00",
                 "action": "OBSERVE", "bizStep": "shipping", "epcList": ["urn:epc:id:sgtin:8936045.012001.%s-%d"],
                 "bizLocation": {"id": "urn:epc:id:sgln:8936045.00001.0"}}"""
                .formatted(i / 60 % 60, i % 60, run, i);
    }
}
