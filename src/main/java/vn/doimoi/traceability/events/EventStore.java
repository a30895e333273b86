package vn.doimoi.traceability.events;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.Step;

/** The events (table {@code traceability.event}) and their EPCs ({@code traceability.event_epc}). */
@Repository
public class EventStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final CopiedTables written;

    EventStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, CopiedTables written) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.written = written;
    }

    /** Stores the event; an event with the same eventID (the same event hash) is a duplicate: 409. */
    public UUID insert(EventRow event, String recordedBy) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO traceability.event (id, event_id, organisation_id, lot_id, event_type, event_time,"
                            + " time_zone_offset, record_time, action, biz_step, disposition, read_point, biz_location,"
                            + " document, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)")
                    .params(
                            id,
                            event.eventId(),
                            event.organisationId(),
                            event.lotId(),
                            event.type(),
                            Timestamp.from(event.eventTime()),
                            event.timeZoneOffset(),
                            Timestamp.from(event.recordTime()),
                            event.action(),
                            event.bizStep(),
                            event.disposition(),
                            event.readPoint(),
                            event.bizLocation(),
                            event.document(),
                            recordedBy)
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("traceability.error.duplicateEvent", event.eventId());
        }
        for (EventRow.Epc epc : event.epcs().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO traceability.event_epc (event_uuid, epc, role) VALUES (?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")
                    .params(id, epc.epc(), epc.role())
                    .update();
        }
        return id;
    }

    /**
     * The events that name the lot's class (or any of its instances), in the order they happened,
     * with the name and commune of the location where each happened.
     */
    public List<TimelineEntry> timeline(String lotEpcClass) {
        return jdbc.sql("""
                        SELECT e.event_id, e.event_type, e.document->>'parentID' AS parent, e.biz_step,
                               e.event_time, e.time_zone_offset, loc.name AS place, e.document->>'doimoi:partner' AS partner,
                               e.document->>'doimoi:note' AS note,
                               e.document->'quantityList'->0->>'quantity' AS quantity,
                               e.document->'quantityList'->0->>'uom' AS unit
                        FROM traceability.event e
                        LEFT JOIN traceability.location loc ON 'https://id.gs1.org/414/' || loc.gln = e.biz_location
                        WHERE e.id IN (SELECT event_uuid FROM traceability.event_epc WHERE epc = ?)
                        ORDER BY e.event_time, e.record_time""")
                .param(lotEpcClass)
                .query((rs, n) -> {
                    String bizStep = rs.getString("biz_step");
                    String quantity = rs.getString("quantity");
                    return new TimelineEntry(
                            rs.getString("event_id"),
                            rs.getString("event_type"),
                            rs.getString("parent"),
                            Step.of(bizStep),
                            bizStep == null ? "" : bizStep,
                            rs.getTimestamp("event_time")
                                    .toInstant()
                                    .atOffset(ZoneOffset.of(rs.getString("time_zone_offset"))),
                            rs.getString("place"),
                            rs.getString("partner"),
                            rs.getString("note"),
                            quantity == null ? null : new BigDecimal(quantity),
                            rs.getString("unit"));
                })
                .list();
    }

    /** How many events name this EPC (the lot page's count). */
    public long count(String epc) {
        return jdbc.sql("SELECT count(DISTINCT event_uuid) FROM traceability.event_epc WHERE epc = ?")
                .param(epc)
                .query(Long.class)
                .single();
    }

    /**
     * Stores many events in two statements (the API's capture and the workbook import, ADR 0083): a
     * {@code COPY} of the events and one of their EPCs, in the caller's transaction, since a statement
     * (and its parameters) per event is what limits a capture's speed. The caller has checked the
     * eventIDs for duplicates; one that slips in between is a {@link DuplicateKeyException}.
     */
    public void insertAll(List<EventRow> events, String recordedBy) {
        if (events.isEmpty()) {
            return;
        }
        List<UUID> ids = events.stream().map(event -> UUID.randomUUID()).toList();
        jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
            EventCopy.copy(connection, events, ids, recordedBy);
            return null;
        });
        written.changed(List.of("event", "event_epc"));
    }

    /** Which of these eventIDs are stored already (a capture refuses them as duplicates). */
    public java.util.Set<String> existing(java.util.Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT event_id FROM traceability.event WHERE event_id = ANY(?)")
                .param(eventIds.toArray(String[]::new))
                .query(String.class)
                .list());
    }
}
