package vn.doimoi.projects.execution;

/** A progress report the contract schedules: due, then submitted, then accepted by STAFF. */
public enum ReportState {
    DUE,
    SUBMITTED,
    ACCEPTED
}
