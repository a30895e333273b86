package vn.doimoi.ecosystem.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/**
 * B2B meetings between an event's participants, one slot each (ADR 0067). A request holds a seat
 * for each side in {@code ecosystem.event_meeting_seat}, whose unique key (event, person, slot)
 * refuses a clash even when two requests arrive together; the pages check first to say which side
 * is taken.
 */
@Service
@Transactional
public class EventMeetings {

    private static final String SELECT = """
            SELECT m.*, e.title, e.slot_minutes FROM ecosystem.event_meeting m
            JOIN ecosystem.event e ON e.id = m.event_id""";

    private final JdbcClient jdbc;
    private final EventCatalogue catalogue;
    private final EventPeople people;
    private final EventNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    EventMeetings(
            JdbcClient jdbc,
            EventCatalogue catalogue,
            EventPeople people,
            EventNotices notices,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.people = people;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The participant asks another for a meeting in a slot of the event. */
    public UUID request(CurrentUser actor, UUID eventId, UUID invitee, Instant slot, @Nullable String note) {
        UUID me = actor.id().value();
        EventRow event = catalogue.get(eventId);
        if (event.cancelled() || event.over(clock.instant())) {
            throw DomainException.refused("events.error.eventOver");
        }
        if (me.equals(invitee)) {
            throw DomainException.invalid("events.error.meetingSelf");
        }
        if (!seated(me, eventId)) {
            throw DomainException.refused("events.error.meetingNeedsSeat");
        }
        if (!seated(invitee, eventId)) {
            throw DomainException.invalid("events.error.meetingNotParticipant");
        }
        if (!event.slots().contains(slot)) {
            throw DomainException.invalid("events.error.meetingSlot");
        }
        String cleanNote = note == null || note.isBlank() ? null : VietnameseText.clean(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            throw DomainException.invalid("events.error.meetingNote");
        }
        if (booked(eventId, me, slot)) {
            throw DomainException.conflict("events.error.clashMine");
        }
        if (booked(eventId, invitee, slot)) {
            throw DomainException.conflict("events.error.clashOther", people.name(invitee));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ecosystem.event_meeting
                            (id, event_id, slot_start, requester_id, invitee_id, status, note, created_at)
                        VALUES (?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
                .params(id, eventId, Timestamp.from(slot), me, invitee, cleanNote, Timestamp.from(clock.instant()))
                .update();
        try {
            for (UUID side : List.of(me, invitee)) {
                jdbc.sql("INSERT INTO ecosystem.event_meeting_seat (meeting_id, event_id, user_id, slot_start)"
                                + " VALUES (?, ?, ?, ?)")
                        .params(id, eventId, side, Timestamp.from(slot))
                        .update();
            }
        } catch (DuplicateKeyException raced) {
            // another request took one side's slot between the check above and this insert
            throw DomainException.conflict("events.error.clash");
        }
        audit.record(
                "ecosystem.meeting.requested",
                "ecosystem.event_meeting",
                id.toString(),
                null,
                Map.of("event", eventId.toString(), "slot", slot.toString(), "invitee", invitee.toString()));
        notices.meetingRequested(invitee, event, people.name(me), slot);
        return id;
    }

    /** The invitee accepts or declines a request. */
    public void answer(CurrentUser actor, UUID meetingId, boolean accepted) {
        MeetingRow meeting = ofSide(actor, meetingId);
        if (!meeting.inviteeId().equals(actor.id().value())) {
            throw DomainException.forbidden("events.error.meetingNotYours");
        }
        MeetingStatus next = meeting.status().answer(accepted);
        change(meeting, next);
        EventRow event = catalogue.get(meeting.eventId());
        String me = people.name(actor.id().value());
        if (accepted) {
            notices.meetingAccepted(meeting.requesterId(), event, me, meeting.slotStart());
        } else {
            notices.meetingDeclined(meeting.requesterId(), event, me, meeting.slotStart());
        }
    }

    /** Either side calls off a meeting that still stands. */
    public void cancel(CurrentUser actor, UUID meetingId) {
        MeetingRow meeting = ofSide(actor, meetingId);
        change(meeting, meeting.status().cancel());
        UUID other = meeting.requesterId().equals(actor.id().value()) ? meeting.inviteeId() : meeting.requesterId();
        notices.meetingDeclined(
                other, catalogue.get(meeting.eventId()), people.name(actor.id().value()), meeting.slotStart());
    }

    /** A person withdrew from the event: the meetings they had there are off. */
    void cancelAllOf(UUID user, UUID eventId) {
        jdbc.sql(SELECT + " WHERE m.event_id = ? AND (m.requester_id = ? OR m.invitee_id = ?)"
                        + " AND m.status IN ('REQUESTED', 'ACCEPTED')")
                .params(eventId, user, user)
                .query((rs, n) -> row(rs, user))
                .list()
                .forEach(meeting -> change(meeting, meeting.status().cancel()));
    }

    /**
     * Calls off the event's meetings that still stand and that {@code which} picks (the event was
     * cancelled, or moved so their slot is gone); returns them, read from the requester's side.
     */
    List<MeetingRow> callOff(UUID eventId, Predicate<MeetingRow> which) {
        List<MeetingRow> off = jdbc
                .sql(SELECT + " WHERE m.event_id = ? AND m.status IN ('REQUESTED', 'ACCEPTED') ORDER BY m.slot_start")
                .param(eventId)
                .query((rs, n) -> row(rs, rs.getObject("requester_id", UUID.class)))
                .list()
                .stream()
                .filter(which)
                .toList();
        off.forEach(meeting -> change(meeting, meeting.status().cancel()));
        return off;
    }

    /** The reader's meetings at one event, by slot: their agenda there. */
    @Transactional(readOnly = true)
    public List<MeetingRow> agenda(CurrentUser actor, UUID eventId) {
        UUID me = actor.id().value();
        return jdbc.sql(SELECT + " WHERE m.event_id = ? AND (m.requester_id = ? OR m.invitee_id = ?)"
                        + " ORDER BY m.slot_start, m.created_at")
                .params(eventId, me, me)
                .query((rs, n) -> row(rs, me))
                .list();
    }

    /** The reader's meetings that still stand, at every event, by slot. */
    @Transactional(readOnly = true)
    public List<MeetingRow> mine(CurrentUser actor) {
        UUID me = actor.id().value();
        return jdbc.sql(SELECT + " WHERE (m.requester_id = ? OR m.invitee_id = ?)"
                        + " AND m.status IN ('REQUESTED', 'ACCEPTED') ORDER BY m.slot_start")
                .params(me, me)
                .query((rs, n) -> row(rs, me))
                .list();
    }

    /** Accepted meetings at the event: who met whom, for the deals that followed. */
    @Transactional(readOnly = true)
    List<MeetingRow> accepted(UUID eventId) {
        return jdbc.sql(SELECT + " WHERE m.event_id = ? AND m.status = 'ACCEPTED' ORDER BY m.slot_start")
                .param(eventId)
                .query((rs, n) -> row(rs, rs.getObject("requester_id", UUID.class)))
                .list();
    }

    /** The slots in which the person is already booked at the event. */
    @Transactional(readOnly = true)
    public List<Instant> bookedSlots(UUID user, UUID eventId) {
        return jdbc.sql("SELECT slot_start FROM ecosystem.event_meeting_seat WHERE event_id = ? AND user_id = ?")
                .params(eventId, user)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    private boolean booked(UUID eventId, UUID user, Instant slot) {
        return jdbc.sql("SELECT count(*) FROM ecosystem.event_meeting_seat"
                                + " WHERE event_id = ? AND user_id = ? AND slot_start = ?")
                        .params(eventId, user, Timestamp.from(slot))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private boolean seated(UUID user, UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM ecosystem.event_registration"
                                + " WHERE event_id = ? AND user_id = ? AND status = 'CONFIRMED'")
                        .params(eventId, user)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A meeting the reader is a side of; anyone else's is not there for them. */
    private MeetingRow ofSide(CurrentUser actor, UUID meetingId) {
        UUID me = actor.id().value();
        return jdbc.sql(SELECT + " WHERE m.id = ? AND (m.requester_id = ? OR m.invitee_id = ?)")
                .params(meetingId, me, me)
                .query((rs, n) -> row(rs, me))
                .optional()
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    private void change(MeetingRow meeting, MeetingStatus next) {
        int changed = jdbc.sql("""
                        UPDATE ecosystem.event_meeting SET status = ?, decided_at = ?, row_version = row_version + 1
                        WHERE id = ? AND status = ?""")
                .params(
                        next.name(),
                        Timestamp.from(clock.instant()),
                        meeting.id(),
                        meeting.status().name())
                .update();
        if (changed == 0) {
            throw DomainException.conflict("events.error.changedMeanwhile");
        }
        if (!next.holdsSlot()) {
            jdbc.sql("DELETE FROM ecosystem.event_meeting_seat WHERE meeting_id = ?")
                    .param(meeting.id())
                    .update();
        }
        audit.record(
                "ecosystem.meeting." + next.name().toLowerCase(java.util.Locale.ROOT),
                "ecosystem.event_meeting",
                meeting.id().toString(),
                Map.of("status", meeting.status().name()),
                Map.of("status", next.name()));
    }

    private MeetingRow row(ResultSet rs, UUID reader) throws SQLException {
        UUID requester = rs.getObject("requester_id", UUID.class);
        UUID invitee = rs.getObject("invitee_id", UUID.class);
        UUID other = reader.equals(requester) ? invitee : requester;
        MeetingStatus status = MeetingStatus.valueOf(rs.getString("status"));
        return new MeetingRow(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("title"),
                rs.getTimestamp("slot_start").toInstant(),
                rs.getInt("slot_minutes"),
                requester,
                invitee,
                status,
                rs.getString("note"),
                people.name(other),
                people.organisationName(people.organisationOf(other)),
                status == MeetingStatus.REQUESTED && reader.equals(invitee));
    }
}
