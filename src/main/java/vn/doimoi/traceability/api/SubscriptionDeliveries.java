package vn.doimoi.traceability.api;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.traceability.epcis.EpcisQueryParameters;

/**
 * Sends subscribed queries' new events to their webhooks (ADR 0063): a {@code stream} subscription
 * right after a capture stores events of its organisation, a scheduled one when its cron time has
 * come. The body is the EPCIS query document; {@code GS1-Signature: sha256=<hex>} is the HMAC-SHA256
 * of the body under the subscription's {@code signatureToken}, so the receiver knows it came from
 * here. A delivery that fails (no answer, or not 2xx) is tried again with the same events next time.
 */
@Component
class SubscriptionDeliveries {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionDeliveries.class);

    /** Events per callback; more are sent in the next callbacks. */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final NamedQueries queries;
    private final EventQueries events;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "epcis-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    SubscriptionDeliveries(JdbcClient jdbc, NamedQueries queries, EventQueries events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void captured(EventsCaptured captured) {
        worker.submit(() -> {
            List<Row> streams = jdbc.sql("SELECT *, organisation_id AS organisation, signature_token AS token"
                            + " FROM traceability.subscription WHERE organisation_id = ? AND stream")
                    .param(captured.organisationId())
                    .query((rs, n) -> new Row(
                            Subscriptions.row(rs), rs.getObject("organisation", UUID.class), rs.getString("token")))
                    .list();
            streams.forEach(this::deliverSafely);
        });
    }

    @Scheduled(
            fixedDelayString = "${doimoi.traceability.subscription-interval:PT15S}",
            initialDelayString = "${doimoi.traceability.subscription-initial-delay:PT30S}")
    @SchedulerLock(name = "traceability.subscriptions")
    void scheduled() {
        List<Row> due = jdbc.sql("SELECT *, organisation_id AS organisation, signature_token AS token"
                        + " FROM traceability.subscription WHERE schedule IS NOT NULL AND next_run_at <= ?")
                .param(Timestamp.from(clock.instant()))
                .query((rs, n) ->
                        new Row(Subscriptions.row(rs), rs.getObject("organisation", UUID.class), rs.getString("token")))
                .list();
        for (Row row : due) {
            jdbc.sql("UPDATE traceability.subscription SET next_run_at = ? WHERE id = ?")
                    .params(
                            Timestamp.from(Subscriptions.nextRun(
                                    java.util.Objects.requireNonNull(
                                            row.subscription().schedule()),
                                    clock.instant())),
                            row.subscription().id())
                    .update();
            deliverSafely(row);
        }
    }

    private record Row(Subscription subscription, UUID organisation, String token) {}

    private void deliverSafely(Row row) {
        try {
            deliver(row);
        } catch (RuntimeException e) {
            LOG.warn("subscription {} not delivered: {}", row.subscription().id(), e.toString());
        }
    }

    private void deliver(Row row) {
        Subscription subscription = row.subscription();
        var query = queries.find(row.organisation(), subscription.queryName());
        if (query.isEmpty()) {
            return;
        }
        List<EventQueries.Recorded> found = events.recordedAfter(
                row.organisation(),
                EpcisQueryParameters.parse(query.get().query()),
                subscription.deliveredUntil(),
                BATCH);
        if (found.isEmpty() && !subscription.reportIfEmpty()) {
            return;
        }
        String body = QueryDocuments.of(
                json,
                subscription.queryName(),
                found.stream().map(EventQueries.Recorded::document).toList(),
                clock.instant());
        int status = post(subscription, row.token(), body);
        Instant until = found.isEmpty()
                ? subscription.deliveredUntil()
                : found.get(found.size() - 1).recordTime();
        jdbc.sql("UPDATE traceability.subscription SET last_status = ?, delivered_until = ? WHERE id = ?")
                .params(
                        status,
                        Timestamp.from(status / 100 == 2 ? until : subscription.deliveredUntil()),
                        subscription.id())
                .update();
    }

    private int post(Subscription subscription, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.dest()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", EpcisEndpoints.JSON_LD)
                .header("GS1-Signature", "sha256=" + signature(token, body))
                .header("GS1-EPCIS-Version", Gs1Headers.VERSION)
                .header("GS1-Subscription-ID", subscription.id().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static String signature(String token, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
