package vn.doimoi.traceability.events;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.Step;

/** The events (table {@code traceability.event}) and their EPCs ({@code traceability.event_epc}). */
@Repository
public class EventStore {

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                        SELECT e.event_id, e.biz_step, e.event_time, e.time_zone_offset,
                               loc.name AS place, e.document->>'doimoi:partner' AS partner,
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
}
