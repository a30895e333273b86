package vn.doimoi.programs;

/** Where an agency report stands in STAFF's review. */
public enum ReportState {
    SUBMITTED,
    CHANGES_REQUESTED,
    ACCEPTED
}
