package vn.doimoi.projects.tasks;

import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.execution.Stage;

/**
 * What each process records about one task, read in one query by {@link TaskStages}: the
 * selection's approval state, the execution stage (none before part 2 heard of the approval),
 * whether a progress report was handed in, whether its result is registered, the outcome of a failed
 * task's compliance assessment (RISK_ACCEPTED or RECOVERY, none before it) and whether the
 * contract was liquidated.
 */
record StageFacts(
        TaskState approval,
        @Nullable Stage execution,
        boolean progressReported,
        boolean resultRegistered,
        boolean liquidated,
        @Nullable String riskOutcome) {

    /** The latest step the task reached; a later process outranks an earlier one. */
    TaskStage stage() {
        if (approval != TaskState.APPROVED) {
            return approval == TaskState.SELECTED ? TaskStage.SELECTED : TaskStage.BUDGET_APPRAISED;
        }
        if ("RISK_ACCEPTED".equals(riskOutcome)) {
            return TaskStage.RISK_ACCEPTED;
        }
        if (liquidated || execution == Stage.CLOSED) {
            return TaskStage.LIQUIDATED;
        }
        if (execution == null) {
            return TaskStage.AWAITING_CONTRACT;
        }
        return switch (execution) {
            case AWAITING_CONTRACT, CONTRACT_DRAFT -> TaskStage.AWAITING_CONTRACT;
            case IN_PROGRESS -> progressReported ? TaskStage.IN_EXECUTION : TaskStage.CONTRACTED;
            case UNDER_ACCEPTANCE -> TaskStage.UNDER_ACCEPTANCE;
            case ACCEPTED -> resultRegistered ? TaskStage.RESULT_REGISTERED : TaskStage.ACCEPTED;
            case NOT_ACCEPTED -> riskOutcome == null ? TaskStage.NOT_ACCEPTED : TaskStage.FUNDS_RECOVERY;
            case TERMINATED -> TaskStage.STOPPED;
            case CLOSED -> TaskStage.LIQUIDATED;
        };
    }
}
