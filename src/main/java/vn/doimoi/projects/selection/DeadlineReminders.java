package vn.doimoi.projects.selection;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, reminds applicants whose dossier is still a draft three days or less before the deadline. */
@Component
class DeadlineReminders {

    private final Selection selection;

    DeadlineReminders(Selection selection) {
        this.selection = selection;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void remind() {
        selection.remindDeadlines();
    }
}
