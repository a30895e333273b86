package vn.doimoi.programs;

/** How far an assignment is, as its agency reports it. */
public enum ProgressStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    LATE
}
