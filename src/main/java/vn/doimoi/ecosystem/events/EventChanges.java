package vn.doimoi.ecosystem.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.ecosystem.NewEvent;
import vn.doimoi.ecosystem.events.EventNoticeLog.What;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/**
 * STAFF change an event that people count on: new dates are told to everyone registered (once per
 * new date), and a meeting whose slot no longer fits is called off and its two sides told; a
 * cancellation, with its reason, calls off every meeting and tells each registrant, meeting party
 * and exhibitor once. The {@code .ics} of a registration follows through the event's version.
 */
@Service
@Transactional
public class EventChanges {

    static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final EventCatalogue catalogue;
    private final EventMeetings meetings;
    private final EventPeople people;
    private final EventNotices notices;
    private final EventNoticeLog log;
    private final AuditLog audit;
    private final Clock clock;

    EventChanges(
            JdbcClient jdbc,
            EventCatalogue catalogue,
            EventMeetings meetings,
            EventPeople people,
            EventNotices notices,
            EventNoticeLog log,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.meetings = meetings;
        this.people = people;
        this.notices = notices;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /** STAFF correct the event; when its dates moved, the people it concerns are told. */
    public void update(CurrentUser actor, UUID id, long rowVersion, NewEvent event) {
        EventRow before = catalogue.lock(id);
        if (before.cancelled()) {
            throw DomainException.refused("events.error.cancelledNoChange");
        }
        catalogue.update(actor, id, rowVersion, event);
        EventRow after = catalogue.get(id);
        if (before.startsAt().equals(after.startsAt()) && before.endsAt().equals(after.endsAt())) {
            return;
        }
        Set<Instant> slots = Set.copyOf(after.slots());
        for (MeetingRow dropped : meetings.callOff(id, meeting -> !slots.contains(meeting.slotStart()))) {
            // the row is read from the requester's side: otherName is the invitee
            notices.meetingDropped(dropped.requesterId(), after, dropped.otherName(), dropped.slotStart());
            notices.meetingDropped(dropped.inviteeId(), after, people.name(dropped.requesterId()), dropped.slotStart());
        }
        String occurrence = after.startsAt() + "/" + after.endsAt();
        for (UUID person : registrants(id)) {
            if (log.claim(id, person, What.POSTPONED, occurrence)) {
                notices.postponed(person, after);
            }
        }
        audit.record(
                "ecosystem.event.rescheduled",
                "ecosystem.event",
                id.toString(),
                Map.of(
                        "startsAt",
                        before.startsAt().toString(),
                        "endsAt",
                        before.endsAt().toString()),
                Map.of(
                        "startsAt",
                        after.startsAt().toString(),
                        "endsAt",
                        after.endsAt().toString()));
    }

    /**
     * STAFF call the event off, saying why: registration closes, every meeting there is off, and
     * each registrant, meeting party and exhibiting organisation is told once.
     */
    public void cancel(CurrentUser actor, UUID id, long rowVersion, @Nullable String reason) {
        EventCatalogue.requireStaff(actor);
        String why = reason == null ? "" : VietnameseText.nfc(reason.strip());
        if (why == null || why.isBlank() || why.length() > MAX_REASON) {
            throw DomainException.invalid("events.error.cancelReason");
        }
        EventRow event = catalogue.lock(id);
        if (event.cancelled()) {
            throw DomainException.conflict("events.error.alreadyCancelled");
        }
        if (event.rowVersion() != rowVersion) {
            throw DomainException.conflict("events.error.changedMeanwhile");
        }
        if (event.over(clock.instant())) {
            throw DomainException.refused("events.error.eventOver");
        }
        Set<UUID> told = new LinkedHashSet<>(registrants(id));
        for (MeetingRow meeting : meetings.callOff(id, meeting -> true)) {
            told.add(meeting.requesterId());
            told.add(meeting.inviteeId());
        }
        int changed = jdbc.sql("""
                        UPDATE ecosystem.event SET cancelled = TRUE, cancel_reason = ?, cancelled_at = ?,
                            cancelled_by = ?, row_version = row_version + 1
                        WHERE id = ? AND row_version = ?""")
                .params(why, Timestamp.from(clock.instant()), actor.username(), id, rowVersion)
                .update();
        if (changed == 0) {
            throw DomainException.conflict("events.error.changedMeanwhile");
        }
        EventRow cancelled = catalogue.get(id);
        for (UUID person : told) {
            if (log.claim(id, person, What.CANCELLED, "event")) {
                notices.cancelled(person, cancelled);
            }
        }
        for (UUID organisation : exhibitors(id)) {
            if (log.claim(id, organisation, What.CANCELLED, "event")) {
                notices.cancelledForExhibitor(organisation, cancelled);
            }
        }
        audit.record(
                "ecosystem.event.cancelled",
                "ecosystem.event",
                id.toString(),
                Map.of("cancelled", false),
                Map.of("cancelled", true, "reason", why));
    }

    /** Everyone still registered, with a seat or in line. */
    private List<UUID> registrants(UUID eventId) {
        return jdbc.sql("SELECT user_id FROM ecosystem.event_registration WHERE event_id = ? AND status <> 'CANCELLED'"
                        + " ORDER BY line")
                .param(eventId)
                .query(UUID.class)
                .list();
    }

    private List<UUID> exhibitors(UUID eventId) {
        return jdbc.sql("SELECT organisation_id FROM ecosystem.event_exhibitor WHERE event_id = ?")
                .param(eventId)
                .query(UUID.class)
                .list();
    }
}
