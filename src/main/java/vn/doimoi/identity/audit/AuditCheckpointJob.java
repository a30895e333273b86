package vn.doimoi.identity.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the audit checkpoint on a schedule, on one node at a time (ShedLock, ADR 0045). The
 * lock sits here rather than on {@link AuditCheckpoints#write()}: a locked method that is skipped
 * answers empty, which would read as "nothing to vouch for" to whoever called it directly.
 */
@Component
class AuditCheckpointJob {

    private final AuditCheckpoints checkpoints;

    AuditCheckpointJob(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(
            fixedDelayString = "${doimoi.identity.audit.checkpoint-interval:PT5M}",
            initialDelayString = "${doimoi.identity.audit.checkpoint-initial-delay:PT1M}")
    @SchedulerLock(name = "identity.auditCheckpoints")
    void write() {
        checkpoints.write();
    }
}
