package vn.doimoi.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.notification.RemindersProperties;

/**
 * Tells people about their deadlines: once a few days before (doimoi.reminders.days-before) and
 * once when overdue, in the inbox and by e-mail ({@link Notifications}). What was sent is a row
 * in {@code identity.reminder_sent} whose key is the deadline and the moment, so a job run twice,
 * a restart or a second node cannot send the same reminder again: the second insert finds the row
 * (or waits for the first node's transaction and then finds it) and sends nothing.
 */
@Service
@Transactional
public class Reminders {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final RemindersProperties properties;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Notifications notifications, RemindersProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** Which moment of the deadline today is: overdue after its day, a reminder within the window before. */
    @Transactional(readOnly = true)
    public Optional<ReminderMoment> momentOf(Deadline deadline, LocalDate today) {
        if (today.isAfter(deadline.dueOn())) {
            return Optional.of(ReminderMoment.OVERDUE);
        }
        if (!today.isBefore(deadline.dueOn().minusDays(properties.daysBefore(deadline.kind())))) {
            return Optional.of(ReminderMoment.BEFORE);
        }
        return Optional.empty();
    }

    /**
     * Sends what today's moment of the deadline calls for, unless it was sent already.
     *
     * @param notice the text for the moment, written by the module that owns the deadline
     * @return whether a reminder went out now
     */
    public boolean remind(
            Deadline deadline, LocalDate today, Audience audience, Function<ReminderMoment, Notice> notice) {
        Optional<ReminderMoment> moment = momentOf(deadline, today);
        if (moment.isEmpty() || !claim(deadline, moment.get())) {
            return false;
        }
        Notice text = notice.apply(moment.get());
        if (audience.organisationId() != null) {
            notifications.sendToOrganisation(audience.organisationId(), text.subject(), text.body(), text.link());
        }
        if (audience.role() != null) {
            notifications.sendToRole(audience.role(), text.subject(), text.body(), text.link());
        }
        return true;
    }

    /** Records the moment as sent; false when it already was (the primary key says so). */
    private boolean claim(Deadline deadline, ReminderMoment moment) {
        return jdbc.sql("""
                        INSERT INTO identity.reminder_sent (kind, item, due_on, moment, sent_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(
                                deadline.kind(),
                                deadline.item(),
                                deadline.dueOn(),
                                moment.name(),
                                Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }
}
