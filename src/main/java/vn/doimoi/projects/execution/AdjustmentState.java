package vn.doimoi.projects.execution;

/** An adjustment request is decided once: approved or rejected, or withdrawn by the host before. */
public enum AdjustmentState {
    REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
