package vn.doimoi.projects.closure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The compliance assessment of a failed task as STAFF records it.
 *
 * @param compliant whether the host and the team followed the approved procedures
 * @param assessors who assessed (names and positions, or the council's decision)
 * @param evidence what the assessment rests on (minutes, reports, inspections)
 * @param decisionNumber the number of the decision that records it
 * @param decidedOn the day of that decision
 * @param recoveryAmount what is recovered, in đồng; none when the risk is accepted
 */
public record RiskAssessmentData(
        boolean compliant,
        String assessors,
        String evidence,
        String decisionNumber,
        LocalDate decidedOn,
        @Nullable BigDecimal recoveryAmount) {}
