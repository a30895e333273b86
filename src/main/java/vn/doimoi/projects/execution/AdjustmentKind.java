package vn.doimoi.projects.execution;

/** What a host may ask to adjust during execution (Circular 04/2015/TT-BKHCN, ch. III). */
public enum AdjustmentKind {
    /** A later end and later report due dates, by a number of months. */
    SCHEDULE,
    CONTENT,
    /** Moving money between budget lines, total unchanged. */
    BUDGET_LINES,
    PERSONNEL
}
