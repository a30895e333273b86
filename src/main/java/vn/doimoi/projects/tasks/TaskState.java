package vn.doimoi.projects.tasks;

/** SELECTED (by the council) → BUDGET_APPRAISED → APPROVED (awaiting contract; part 2 goes on). */
public enum TaskState {
    SELECTED,
    BUDGET_APPRAISED,
    APPROVED
}
