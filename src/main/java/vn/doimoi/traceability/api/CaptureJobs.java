package vn.doimoi.traceability.api;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.events.EpcisGate;
import vn.doimoi.traceability.events.EventRow;
import vn.doimoi.traceability.events.EventStore;

/**
 * Capture through the API (ADR 0063): a document is checked at once (see {@link CaptureDocuments}),
 * then stored by a background job, one at a time, whose progress and errors the client polls.
 * Under {@code rollback} the job stores all events or none; under {@code proceed} it stores every
 * event it can and lists the others.
 */
@Service
class CaptureJobs {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureJobs.class);

    /** Events stored per transaction under {@code proceed}, and between two progress reports. */
    private static final int SLICE = 1000;

    private final JdbcClient jdbc;
    private final EventStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate progress;
    private final ApplicationEventPublisher events;
    private final CaptureHeartbeats heartbeats;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "epcis-capture");
        thread.setDaemon(true);
        return thread;
    });

    CaptureJobs(
            JdbcClient jdbc,
            EventStore store,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            CaptureHeartbeats heartbeats) {
        this.jdbc = jdbc;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.progress = new TransactionTemplate(transactions);
        this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.heartbeats = heartbeats;
    }

    /** Checks the document and starts its job; returns the job's id. */
    UUID start(ApiClient client, String body, boolean proceed, Locale locale) {
        CaptureDocuments.Checked checked = CaptureDocuments.check(body, proceed, locale);
        UUID id = UUID.randomUUID();
        int total = checked.valid().size()
                + (int) checked.skipped().stream()
                        .map(e -> e.pointer().replaceAll("^(/epcisBody/eventList/\\d+).*$", "$1"))
                        .distinct()
                        .count();
        jdbc.sql("INSERT INTO traceability.capture_job (id, organisation_id, status, error_behaviour, total, errors,"
                        + " created_at, heartbeat_at) VALUES (?, ?, 'RUNNING', ?, ?, ?::jsonb, ?, ?)")
                .params(
                        id,
                        client.organisationId(),
                        proceed ? "proceed" : "rollback",
                        total,
                        json.writeValueAsString(checked.skipped()),
                        Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()))
                .update();
        heartbeats.started(id);
        worker.submit(() -> {
            try {
                run(id, client, checked, proceed, locale);
            } finally {
                heartbeats.ended(id);
            }
        });
        return id;
    }

    /** Stores one event at once ({@code POST /epcis/events}); returns its eventID. */
    String captureOne(ApiClient client, String body, Locale locale) {
        CaptureDocuments.Checked checked = CaptureDocuments.check(body, false, locale);
        if (checked.valid().size() != 1) {
            throw CaptureDocuments.invalid(List.of(new CaptureError(
                    "",
                    "event.one",
                    EpcisProblem.inEnglish(locale)
                            ? "POST /events takes exactly one event; send a document to /capture."
                            : "POST /events nhận đúng một sự kiện; gửi cả tài liệu tới /capture.")));
        }
        EventRow row = EpcisGate.row(checked.valid().get(0), client.organisationId(), clock.instant());
        transaction.executeWithoutResult(status -> store.insert(row, recordedBy(client)));
        events.publishEvent(new EventsCaptured(client.organisationId()));
        return row.eventId();
    }

    Optional<CaptureJob> find(ApiClient client, UUID id) {
        return jdbc.sql("SELECT * FROM traceability.capture_job WHERE id = ? AND organisation_id = ?")
                .params(id, client.organisationId())
                .query((rs, n) -> new CaptureJob(
                        rs.getObject("id", UUID.class),
                        rs.getString("status"),
                        rs.getString("error_behaviour"),
                        rs.getInt("total"),
                        rs.getInt("captured"),
                        json.readValue(rs.getString("errors"), new TypeReference<List<CaptureError>>() {}),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("finished_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .optional();
    }

    /** The organisation's latest jobs, newest first. */
    List<CaptureJob> recent(ApiClient client) {
        return jdbc
                .sql("SELECT id FROM traceability.capture_job WHERE organisation_id = ? ORDER BY created_at DESC"
                        + " LIMIT 50")
                .param(client.organisationId())
                .query(UUID.class)
                .list()
                .stream()
                .flatMap(id -> find(client, id).stream())
                .toList();
    }

    private void run(UUID job, ApiClient client, CaptureDocuments.Checked checked, boolean proceed, Locale locale) {
        List<CaptureError> errors = new ArrayList<>(checked.skipped());
        int captured = 0;
        try {
            Instant now = clock.instant();
            // hashing and canonicalising is most of a capture's work, and each event's is its own: on all cores
            List<EventRow> rows = checked.valid().parallelStream()
                    .map(event -> EpcisGate.row(event, client.organisationId(), now))
                    .toList();
            List<EventRow> fresh = withoutDuplicates(rows, errors, locale);
            if (!proceed && !errors.isEmpty()) {
                finish(job, "FAILED", 0, errors);
                return;
            }
            if (proceed) {
                for (int from = 0; from < fresh.size(); from += SLICE) {
                    List<EventRow> slice = fresh.subList(from, Math.min(fresh.size(), from + SLICE));
                    captured += storeSlice(slice, client, errors, locale);
                    report(job, captured);
                }
            } else {
                transaction.executeWithoutResult(status -> store.insertAll(fresh, recordedBy(client)));
                captured = fresh.size();
            }
            finish(job, errors.isEmpty() || proceed && captured > 0 ? "SUCCEEDED" : "FAILED", captured, errors);
        } catch (DuplicateKeyException e) {
            // another capture stored one of these eventIDs after the check: under rollback, nothing is kept
            errors.add(new CaptureError("", "eventID.duplicate", duplicate("", locale)));
            finish(job, "FAILED", 0, errors);
        } catch (RuntimeException e) {
            LOG.error("capture job {} failed", job, e);
            errors.add(new CaptureError(
                    "",
                    "capture.failed",
                    EpcisProblem.inEnglish(locale)
                            ? "The capture stopped on an internal error; nothing more was stored."
                            : "Việc ghi nhận dừng do lỗi hệ thống; không lưu thêm sự kiện nào."));
            finish(job, "FAILED", captured, errors);
        }
        if (captured > 0) {
            events.publishEvent(new EventsCaptured(client.organisationId()));
        }
    }

    /** The rows whose eventID is new, in the store and in the document; the others become errors. */
    private List<EventRow> withoutDuplicates(List<EventRow> rows, List<CaptureError> errors, Locale locale) {
        Set<String> stored = store.existing(rows.stream().map(EventRow::eventId).toList());
        Set<String> seen = new HashSet<>();
        List<EventRow> fresh = new ArrayList<>();
        for (EventRow row : rows) {
            if (stored.contains(row.eventId()) || !seen.add(row.eventId())) {
                errors.add(new CaptureError("", "eventID.duplicate", duplicate(row.eventId(), locale)));
            } else {
                fresh.add(row);
            }
        }
        return fresh;
    }

    /** One transaction for the slice; if another capture raced it, event by event. */
    private int storeSlice(List<EventRow> slice, ApiClient client, List<CaptureError> errors, Locale locale) {
        try {
            transaction.executeWithoutResult(status -> store.insertAll(slice, recordedBy(client)));
            return slice.size();
        } catch (DuplicateKeyException e) {
            int stored = 0;
            for (EventRow row : slice) {
                try {
                    transaction.executeWithoutResult(status -> store.insert(row, recordedBy(client)));
                    stored++;
                } catch (DomainException duplicate) {
                    errors.add(new CaptureError("", "eventID.duplicate", duplicate(row.eventId(), locale)));
                }
            }
            return stored;
        }
    }

    private void report(UUID job, int captured) {
        progress.executeWithoutResult(
                status -> jdbc.sql("UPDATE traceability.capture_job SET captured = ? WHERE id = ?")
                        .params(captured, job)
                        .update());
    }

    private void finish(UUID job, String status, int captured, List<CaptureError> errors) {
        progress.executeWithoutResult(tx -> jdbc.sql("UPDATE traceability.capture_job SET status = ?, captured = ?,"
                        + " errors = ?::jsonb, finished_at = ? WHERE id = ?")
                .params(status, captured, json.writeValueAsString(errors), Timestamp.from(clock.instant()), job)
                .update());
    }

    static String duplicate(String eventId, Locale locale) {
        return EpcisProblem.inEnglish(locale)
                ? "An event with eventID " + eventId + " is already stored."
                : "Đã có sự kiện với eventID " + eventId + ".";
    }

    static String recordedBy(ApiClient client) {
        return "api-key:" + client.keyId();
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
