package vn.doimoi.ecosystem.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Registration within the capacity, and the waiting line behind it (ADR 0067). Each change locks
 * the event's row, so two people never take the last seat together; a confirmed person who
 * withdraws hands the seat to the first in line, who is told in their inbox.
 */
@Service
@Transactional
public class EventRegistrations {

    private static final String SELECT = """
            SELECT r.*, e.title, e.starts_at, e.cancelled,
                   CASE WHEN r.status = 'WAITING' THEN (SELECT count(*) FROM ecosystem.event_registration w
                        WHERE w.event_id = r.event_id AND w.status = 'WAITING' AND w.line <= r.line) ELSE 0 END AS place
            FROM ecosystem.event_registration r JOIN ecosystem.event e ON e.id = r.event_id""";

    private final JdbcClient jdbc;
    private final EventCatalogue catalogue;
    private final EventMeetings meetings;
    private final EventPeople people;
    private final EventNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    EventRegistrations(
            JdbcClient jdbc,
            EventCatalogue catalogue,
            EventMeetings meetings,
            EventPeople people,
            EventNotices notices,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.meetings = meetings;
        this.people = people;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the user, for their organisation when asked; a seat if one is left, else a place in line. */
    public RegistrationRow register(CurrentUser actor, UUID eventId, boolean forOrganisation) {
        EventRow event = catalogue.lock(eventId);
        if (!event.registrationOpen(clock.instant())) {
            throw DomainException.refused("events.error.registrationClosed");
        }
        if (current(actor.id().value(), eventId).isPresent()) {
            throw DomainException.conflict("events.error.alreadyRegistered");
        }
        UUID organisation = null;
        if (forOrganisation) {
            if (actor.organisationId() == null) {
                throw DomainException.refused("events.error.noOrganisation");
            }
            organisation = actor.organisationId();
        }
        RegistrationStatus status =
                event.confirmed() < event.capacity() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO ecosystem.event_registration
                            (id, event_id, user_id, organisation_id, status, created_at, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, eventId, actor.id().value(), organisation, status.name(), now, now)
                .update();
        audit.record(
                "ecosystem.event.registered",
                "ecosystem.event_registration",
                id.toString(),
                null,
                Map.of("event", eventId.toString(), "status", status.name()));
        return get(id);
    }

    /**
     * The user withdraws: their meetings at the event are cancelled, and a seat they held goes to
     * the first in line.
     */
    public void cancel(CurrentUser actor, UUID eventId) {
        EventRow event = catalogue.lock(eventId);
        if (event.over(clock.instant())) {
            throw DomainException.refused("events.error.eventOver");
        }
        RegistrationRow mine = current(actor.id().value(), eventId)
                .orElseThrow(() -> DomainException.notFound("events.error.notRegistered"));
        setStatus(mine.id(), RegistrationStatus.CANCELLED);
        meetings.cancelAllOf(actor.id().value(), eventId);
        audit.record(
                "ecosystem.event.withdrawn",
                "ecosystem.event_registration",
                mine.id().toString(),
                Map.of("status", mine.status().name()),
                Map.of("status", RegistrationStatus.CANCELLED.name()));
        if (mine.confirmed() && !event.cancelled()) {
            promoteFirstWaiting(event);
        }
    }

    private void promoteFirstWaiting(EventRow event) {
        Optional<RegistrationRow> first = jdbc.sql(
                        SELECT + " WHERE r.event_id = ? AND r.status = 'WAITING' ORDER BY r.line LIMIT 1")
                .param(event.id())
                .query(this::row)
                .optional();
        first.ifPresent(next -> {
            setStatus(next.id(), RegistrationStatus.CONFIRMED);
            audit.record(
                    "ecosystem.event.promoted",
                    "ecosystem.event_registration",
                    next.id().toString(),
                    Map.of("status", RegistrationStatus.WAITING.name()),
                    Map.of("status", RegistrationStatus.CONFIRMED.name()));
            notices.promoted(next.userId(), event);
        });
    }

    /** The user's registration to the event that still counts (confirmed or waiting). */
    @Transactional(readOnly = true)
    public Optional<RegistrationRow> current(UUID user, UUID eventId) {
        return jdbc.sql(SELECT + " WHERE r.event_id = ? AND r.user_id = ? AND r.status <> 'CANCELLED'")
                .params(eventId, user)
                .query(this::row)
                .optional();
    }

    /** The user's own registration; another's is not there for them. */
    @Transactional(readOnly = true)
    public RegistrationRow own(CurrentUser actor, UUID id) {
        RegistrationRow registration = get(id);
        if (!registration.userId().equals(actor.id().value())) {
            throw new NotFoundException("registration", id);
        }
        return registration;
    }

    /** The user's registrations that still count, soonest event first. */
    @Transactional(readOnly = true)
    public List<RegistrationRow> mine(CurrentUser actor) {
        return jdbc.sql(SELECT + " WHERE r.user_id = ? AND r.status <> 'CANCELLED' ORDER BY e.starts_at")
                .param(actor.id().value())
                .query(this::row)
                .list();
    }

    /** Who holds a seat: the people one may ask for a B2B meeting. */
    @Transactional(readOnly = true)
    public List<RegistrationRow> confirmed(UUID eventId) {
        return jdbc.sql(SELECT + " WHERE r.event_id = ? AND r.status = 'CONFIRMED' ORDER BY r.line")
                .param(eventId)
                .query(this::row)
                .list();
    }

    /** Whether the user holds a seat at the event. */
    @Transactional(readOnly = true)
    public boolean holdsSeat(UUID user, UUID eventId) {
        return current(user, eventId).map(RegistrationRow::confirmed).orElse(false);
    }

    private RegistrationRow get(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("registration", id));
    }

    private void setStatus(UUID id, RegistrationStatus status) {
        jdbc.sql("UPDATE ecosystem.event_registration SET status = ?, changed_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), id)
                .update();
    }

    private RegistrationRow row(ResultSet rs, int n) throws SQLException {
        UUID user = rs.getObject("user_id", UUID.class);
        @Nullable UUID organisation = rs.getObject("organisation_id", UUID.class);
        return new RegistrationRow(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getBoolean("cancelled"),
                user,
                people.name(user),
                organisation,
                people.organisationName(organisation != null ? organisation : people.organisationOf(user)),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getInt("place"),
                rs.getTimestamp("created_at").toInstant());
    }
}
