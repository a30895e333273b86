package vn.doimoi.projects.selection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes open calls at their deadline. Every deadline ends at midnight, Vietnam time, so one run
 * just after midnight writes each closing down; pages and the API do not wait for it (they read
 * the state from the clock). The method's name is the lock's name once the jobs run once across
 * a cluster (ShedLock, issue 18).
 */
@Component
class CallClosing {

    private final Selection selection;

    CallClosing(Selection selection) {
        this.selection = selection;
    }

    @SchedulerLock(name = "projects.closeExpiredCalls", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "${doimoi.projects.selection.close-calls-cron:5 0 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void closeExpiredCalls() {
        selection.closeExpiredCalls();
    }
}
