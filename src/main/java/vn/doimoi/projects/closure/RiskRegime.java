package vn.doimoi.projects.closure;

import vn.doimoi.projects.rules.RiskAcceptanceRule;

/**
 * The law a failed task was assessed under, kept with its assessment: what the version of rule
 * {@code risk-acceptance} in force on the task's approval said (the rule book decides, ADR 0051; a
 * task approved before 1/10/2025 stays on the old version, which knows no risk acceptance).
 */
public enum RiskRegime {
    /** Law 29/2013/QH13 and its circulars: a failed task refunds what the decision says. */
    LAW_2013,
    /** Law 93/2025/QH15 art. 9: a failed task that followed the approved procedures refunds nothing. */
    LAW_2025;

    /** The regime of the rule version in force for the task (kind {@code risk-acceptance}). */
    public static RiskRegime of(RiskAcceptanceRule rule) {
        return rule.acceptsRisk() ? LAW_2025 : LAW_2013;
    }

    /** Whether a compliant failure is closed without recovering the money spent. */
    boolean acceptsRisk() {
        return this == LAW_2025;
    }
}
