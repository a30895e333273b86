package vn.doimoi.projects.execution;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.TaskApproved;

/**
 * Part 2 starts where part 1 ends: an approved task gets its execution record, awaiting its
 * contract. An {@code @ApplicationModuleListener} (asynchronous, after the approval commits, kept
 * in the event publication registry until it succeeds) rather than a synchronous listener: the
 * approval never fails because of part 2, a failure here is retried from the outbox, and the
 * handling is idempotent (ADR 0015).
 */
@Component
class TaskApprovedListener {

    private final ExecutionRegister register;

    TaskApprovedListener(ExecutionRegister register) {
        this.register = register;
    }

    @ApplicationModuleListener
    void on(TaskApproved approved) {
        register.taskApproved(approved);
    }
}
