package vn.doimoi.projects.closure;

/** What the compliance assessment of a failed task decided. */
public enum RiskOutcome {
    /** Compliant under the 2025 law: the task is closed and the money spent is not refunded. */
    RISK_ACCEPTED,
    /** Not compliant, or assessed under the old rules: an amount is recovered before liquidation. */
    RECOVERY
}
