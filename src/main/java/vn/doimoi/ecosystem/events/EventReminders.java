package vn.doimoi.ecosystem.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.ecosystem.events.EventNoticeLog.What;

/**
 * The day before an event, each person with a seat is reminded once, with how many B2B meetings
 * they have there (meeting parties all hold a seat: a meeting needs one). The reminder is keyed by
 * the start it announces, so a postponed event is reminded again for its new day.
 */
@Service
@Transactional
public class EventReminders {

    private final JdbcClient jdbc;
    private final EventCatalogue catalogue;
    private final EventNotices notices;
    private final EventNoticeLog log;

    EventReminders(JdbcClient jdbc, EventCatalogue catalogue, EventNotices notices, EventNoticeLog log) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.notices = notices;
        this.log = log;
    }

    private record Seat(UUID user, int meetings) {}

    /**
     * Reminds the people of events that start tomorrow in Vietnam's calendar, and of those starting
     * later today that a missed run did not remind; returns how many people were told now.
     */
    public int remindDayBefore(Instant now) {
        LocalDate tomorrow = EventTimes.local(now).toLocalDate().plusDays(1);
        Instant until = EventTimes.instant(tomorrow.plusDays(1).atStartOfDay());
        List<UUID> events = jdbc.sql("SELECT id FROM ecosystem.event WHERE NOT cancelled AND starts_at > ?"
                        + " AND starts_at < ? ORDER BY starts_at")
                .params(Timestamp.from(now), Timestamp.from(until))
                .query(UUID.class)
                .list();
        int told = 0;
        for (UUID id : events) {
            EventRow event = catalogue.get(id);
            for (Seat seat : seats(id)) {
                if (log.claim(id, seat.user(), What.REMINDER, event.startsAt().toString())) {
                    notices.reminder(seat.user(), event, seat.meetings());
                    told++;
                }
            }
        }
        return told;
    }

    private List<Seat> seats(UUID eventId) {
        return jdbc.sql("""
                        SELECT r.user_id,
                               (SELECT count(*) FROM ecosystem.event_meeting m
                                WHERE m.event_id = r.event_id AND m.status = 'ACCEPTED'
                                  AND (m.requester_id = r.user_id OR m.invitee_id = r.user_id)) AS meetings
                        FROM ecosystem.event_registration r
                        WHERE r.event_id = ? AND r.status = 'CONFIRMED' ORDER BY r.line""")
                .param(eventId)
                .query((rs, n) -> new Seat(rs.getObject("user_id", UUID.class), rs.getInt("meetings")))
                .list();
    }
}
