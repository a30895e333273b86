package vn.doimoi.ecosystem.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an event told whom ({@code ecosystem.event_notice_sent}): a notice goes out only when its
 * row could be written, so a job run twice, a retried request or a second node tells nobody twice.
 * A second node's insert waits for the first one's transaction and then finds the row.
 */
@Component
class EventNoticeLog {

    /** What the notice was about. */
    enum What {
        CANCELLED,
        REMINDER,
        POSTPONED
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EventNoticeLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the notice as sent; false when it already was.
     *
     * @param recipient a person, or an exhibiting organisation
     * @param occurrence which one of its kind: the start a reminder was about, the dates a postponement announced
     */
    boolean claim(UUID event, UUID recipient, What what, String occurrence) {
        return jdbc.sql("""
                        INSERT INTO ecosystem.event_notice_sent (event_id, recipient, what, occurrence, sent_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(event, recipient, what.name(), occurrence, Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }
}
