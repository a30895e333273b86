package vn.doimoi.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.programs.AgencyReportReminding;

/**
 * Once the demo content is in (profile {@code demo}): today's reminders of the agencies' reports go
 * out now, as the 7 o'clock job would have sent them, so the demo agency {@code coquan} finds the
 * overdue notices in its inbox beside the late reports on "Việc của tôi". Each goes out once.
 */
@Component
@Profile("demo")
@Order(90)
class DemoReminders implements ApplicationRunner {

    private final AgencyReportReminding reminders;

    DemoReminders(AgencyReportReminding reminders) {
        this.reminders = reminders;
    }

    @Override
    public void run(ApplicationArguments args) {
        reminders.sendDue();
    }
}
