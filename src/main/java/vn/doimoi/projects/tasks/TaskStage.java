package vn.doimoi.projects.tasks;

/**
 * Where a task stands across every process that touches it, in the order a task walks them: the
 * selection's steps before approval, then the contract, its execution, acceptance, the result's
 * registration and the contract's liquidation (or a stop on the way). {@link TaskStages} decides it.
 */
public enum TaskStage {
    SELECTED,
    BUDGET_APPRAISED,
    AWAITING_CONTRACT,
    CONTRACTED,
    IN_EXECUTION,
    UNDER_ACCEPTANCE,
    ACCEPTED,
    NOT_ACCEPTED,
    /** Failed, and the compliance assessment found the procedures followed: closed, nothing refunded. */
    RISK_ACCEPTED,
    /** Failed, and an amount is being recovered before the contract is liquidated. */
    FUNDS_RECOVERY,
    RESULT_REGISTERED,
    LIQUIDATED,
    STOPPED;

    /** The stages a task can be at once it is approved, in order: what the public register filters by. */
    public static final java.util.List<TaskStage> PUBLIC =
            java.util.List.copyOf(java.util.EnumSet.range(AWAITING_CONTRACT, STOPPED));
}
