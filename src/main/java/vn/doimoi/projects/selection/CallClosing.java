package vn.doimoi.projects.selection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
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

    private static final Logger log = LoggerFactory.getLogger(CallClosing.class);

    private final Selection selection;

    CallClosing(Selection selection) {
        this.selection = selection;
    }

    @SchedulerLock(name = "projects.closeExpiredCalls", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "${doimoi.projects.selection.close-calls-cron:5 0 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void closeExpiredCalls() {
        selection.closeExpiredCalls();
    }

    /**
     * Once at start as well: a deadline that passed while the application was down (or the demo's
     * call, loaded after midnight) is written down now, not at the next midnight, so STAFF's work
     * page offers to open its dossiers instead of a call it cannot act on (issue 18).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void closeExpiredCallsOnStart() {
        try {
            selection.closeExpiredCalls();
        } catch (OptimisticLockingFailureException e) {
            // another node starting at the same moment wrote the same closings down
            log.info("Calls past their deadline closed by another node: {}", e.getMessage());
        }
    }
}
