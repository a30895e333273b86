package vn.doimoi.projects.selection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, reminds applicants whose dossier is still a draft three days or less before the deadline. */
@Component
class DeadlineReminders {

    private final Dossiers dossiers;

    DeadlineReminders(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @SchedulerLock(name = "projects.selectionDeadlineReminders", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void remind() {
        dossiers.remindDeadlines();
    }
}
