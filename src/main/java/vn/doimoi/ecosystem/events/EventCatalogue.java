package vn.doimoi.ecosystem.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.ecosystem.EventKind;
import vn.doimoi.ecosystem.NewEvent;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.places.CommuneUnit;
import vn.doimoi.places.Places;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/** The events STAFF publish (table {@code ecosystem.event}) and the calendar that reads them. */
@Service
@Transactional
public class EventCatalogue {

    private static final String SELECT = """
            SELECT e.*,
                   (SELECT count(*) FROM ecosystem.event_registration r
                    WHERE r.event_id = e.id AND r.status = 'CONFIRMED') AS confirmed,
                   (SELECT count(*) FROM ecosystem.event_registration r
                    WHERE r.event_id = e.id AND r.status = 'WAITING') AS waiting
            FROM ecosystem.event e""";

    private final JdbcClient jdbc;
    private final Places places;
    private final Province province;
    private final AuditLog audit;
    private final Clock clock;

    EventCatalogue(JdbcClient jdbc, Places places, Province province, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.province = province;
        this.audit = audit;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The communes an event may take place on: those of the province the platform serves. */
    @Transactional(readOnly = true)
    public List<CommuneUnit> communes() {
        return places.provinces().stream()
                .filter(unit -> unit.name().equals(province.name()))
                .findFirst()
                .map(unit -> places.communes(unit.code()))
                .orElse(List.of());
    }

    public UUID publish(CurrentUser actor, NewEvent event) {
        requireStaff(actor);
        NewEvent clean = checked(event);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ecosystem.event (id, kind, title, starts_at, ends_at, commune_code, venue, capacity,
                            registration_deadline, slot_minutes, description, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        clean.kind().name(),
                        clean.title(),
                        Timestamp.from(EventTimes.instant(clean.startsAt())),
                        Timestamp.from(EventTimes.instant(clean.endsAt())),
                        clean.communeCode(),
                        clean.venue(),
                        clean.capacity(),
                        clean.registrationDeadline(),
                        clean.slotMinutes(),
                        clean.description(),
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record("ecosystem.event.published", "ecosystem.event", id.toString(), null, state(clean));
        return id;
    }

    /**
     * STAFF correct an event. The capacity never drops below those already confirmed: nobody loses
     * a seat they were given. Someone else's change since the form was opened is refused. Called
     * through {@link EventChanges}, which tells people when the dates moved.
     */
    void update(CurrentUser actor, UUID id, long rowVersion, NewEvent event) {
        requireStaff(actor);
        EventRow before = get(id);
        NewEvent clean = checked(event);
        if (clean.capacity() < before.confirmed()) {
            throw DomainException.refused("events.error.capacityBelowConfirmed", before.confirmed());
        }
        int changed = jdbc.sql("""
                        UPDATE ecosystem.event SET kind = ?, title = ?, starts_at = ?, ends_at = ?, commune_code = ?,
                            venue = ?, capacity = ?, registration_deadline = ?, slot_minutes = ?, description = ?,
                            row_version = row_version + 1
                        WHERE id = ? AND row_version = ?""")
                .params(
                        clean.kind().name(),
                        clean.title(),
                        Timestamp.from(EventTimes.instant(clean.startsAt())),
                        Timestamp.from(EventTimes.instant(clean.endsAt())),
                        clean.communeCode(),
                        clean.venue(),
                        clean.capacity(),
                        clean.registrationDeadline(),
                        clean.slotMinutes(),
                        clean.description(),
                        id,
                        rowVersion)
                .update();
        if (changed == 0) {
            throw DomainException.conflict("events.error.changedMeanwhile");
        }
        audit.record(
                "ecosystem.event.updated",
                "ecosystem.event",
                id.toString(),
                Map.of("title", before.title()),
                state(clean));
    }

    @Transactional(readOnly = true)
    public Optional<EventRow> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE e.id = ?").param(id).query(this::row).optional();
    }

    @Transactional(readOnly = true)
    public EventRow get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("event", id));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> byTitle(String title) {
        return jdbc.sql("SELECT id FROM ecosystem.event WHERE title = ? ORDER BY created_at LIMIT 1")
                .param(VietnameseText.nfc(title.strip()))
                .query(UUID.class)
                .optional();
    }

    /** Events not yet over, soonest first. */
    @Transactional(readOnly = true)
    public List<EventRow> upcoming() {
        return jdbc.sql(SELECT + " WHERE NOT e.cancelled AND e.ends_at > ? ORDER BY e.starts_at")
                .param(Timestamp.from(clock.instant()))
                .query(this::row)
                .list();
    }

    /** Events that take place (at least partly) in this month of Vietnam's calendar. */
    @Transactional(readOnly = true)
    public List<EventRow> inMonth(YearMonth month) {
        Instant from = EventTimes.instant(month.atDay(1).atStartOfDay());
        Instant until = EventTimes.instant(month.plusMonths(1).atDay(1).atStartOfDay());
        return jdbc.sql(SELECT + " WHERE NOT e.cancelled AND e.starts_at < ? AND e.ends_at > ? ORDER BY e.starts_at")
                .params(Timestamp.from(until), Timestamp.from(from))
                .query(this::row)
                .list();
    }

    /** Every event, latest first, for STAFF. */
    @Transactional(readOnly = true)
    public List<EventRow> all(CurrentUser actor) {
        requireStaff(actor);
        return jdbc.sql(SELECT + " ORDER BY e.starts_at DESC").query(this::row).list();
    }

    /** Locks the event's row for a change of its registrations or meetings; the event as it stands. */
    EventRow lock(UUID id) {
        jdbc.sql("SELECT id FROM ecosystem.event WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("event", id));
        return get(id);
    }

    static void requireStaff(CurrentUser actor) {
        if (!actor.isStaff()) {
            throw DomainException.forbidden("events.error.staffOnly");
        }
    }

    private NewEvent checked(NewEvent event) {
        NewEvent clean = new NewEvent(
                event.kind(),
                VietnameseText.nfc(event.title().strip()),
                event.startsAt(),
                event.endsAt(),
                event.communeCode().strip(),
                VietnameseText.nfc(event.venue().strip()),
                event.capacity(),
                event.registrationDeadline(),
                event.slotMinutes(),
                VietnameseText.nfc(event.description().strip()));
        EventRules.check(clean);
        if (communes().stream().noneMatch(unit -> unit.code().equals(clean.communeCode()))) {
            throw DomainException.invalid("events.error.commune");
        }
        return clean;
    }

    private static Map<String, Object> state(NewEvent event) {
        return Map.of(
                "kind", event.kind().name(),
                "title", event.title(),
                "startsAt", event.startsAt().toString(),
                "endsAt", event.endsAt().toString(),
                "commune", event.communeCode(),
                "capacity", event.capacity(),
                "registrationDeadline", event.registrationDeadline().toString());
    }

    private EventRow row(ResultSet rs, int n) throws SQLException {
        String commune = rs.getString("commune_code");
        return new EventRow(
                rs.getObject("id", UUID.class),
                EventKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                commune,
                places.commune(commune).map(CommuneUnit::name).orElse(commune),
                rs.getString("venue"),
                rs.getInt("capacity"),
                rs.getObject("registration_deadline", java.time.LocalDate.class),
                rs.getInt("slot_minutes"),
                rs.getString("description"),
                rs.getBoolean("cancelled"),
                rs.getString("cancel_reason"),
                rs.getInt("confirmed"),
                rs.getInt("waiting"),
                rs.getLong("row_version"));
    }
}
