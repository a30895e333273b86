package vn.doimoi.programs;

/** Assignments counted by where they stand, for a task group or an agency. */
public record ProgressRow(String label, int assignments, int notStarted, int inProgress, int done, int late) {

    /** The share of assignments done, in whole percent. */
    public int donePercent() {
        return assignments == 0 ? 0 : Math.round(100f * done / assignments);
    }
}
