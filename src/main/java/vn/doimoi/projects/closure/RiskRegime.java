package vn.doimoi.projects.closure;

import java.time.LocalDate;
import vn.doimoi.projects.rules.RiskAcceptanceRule;

/**
 * The law a failed task is assessed under, from the date of its approval decision. Law 93/2025/QH15
 * is in force from 1/10/2025; a task approved before it stays on the old rules (art. 73, transitional
 * — reported in {@code ../shared/reference/law-2025.md}), which know no risk acceptance.
 */
public enum RiskRegime {
    /** Law 29/2013/QH13 and its circulars: a failed task refunds what the decision says. */
    LAW_2013,
    /** Law 93/2025/QH15 art. 9: a failed task that followed the approved procedures refunds nothing. */
    LAW_2025;

    static final LocalDate LAW_93_IN_FORCE = LocalDate.of(2025, 10, 1);

    /** The regime of the rule version in force for the task (kind {@code risk-acceptance}). */
    public static RiskRegime of(RiskAcceptanceRule rule) {
        return rule.acceptsRisk() ? LAW_2025 : LAW_2013;
    }

    /** The regime by the law's date alone, for the hint beside the form. */
    public static RiskRegime of(LocalDate decisionDate) {
        return decisionDate.isBefore(LAW_93_IN_FORCE) ? LAW_2013 : LAW_2025;
    }

    /** Whether a compliant failure is closed without recovering the money spent. */
    boolean acceptsRisk() {
        return this == LAW_2025;
    }
}
