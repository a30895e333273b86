package vn.doimoi.ecosystem.events;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour of the working day, reminds the people of tomorrow's events. The first run at 07:00
 * reminds what was known overnight; later runs catch events published or moved during the day;
 * {@link EventReminders} tells nobody twice, so the runs may overlap what they cover.
 */
@Component
class EventReminderJob {

    private final EventReminders reminders;
    private final Clock clock;

    EventReminderJob(EventReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @SchedulerLock(name = "ecosystem.eventReminders", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "0 0 7-20 * * *", zone = "Asia/Ho_Chi_Minh")
    void remind() {
        reminders.remindDayBefore(clock.instant());
    }
}
