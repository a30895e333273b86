package vn.doimoi.projects.closure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * The compliance assessment of a task that failed its acceptance (Law 93/2025 art. 9): recorded once,
 * never rewritten; its outcome follows from the regime and the finding, never from a choice typed in.
 */
@Entity
@Table(schema = "projects", name = "risk_assessment")
class RiskAssessment {

    @Id
    private UUID taskId;

    @Enumerated(EnumType.STRING)
    private RiskRegime regime;

    private boolean compliant;

    @Enumerated(EnumType.STRING)
    private RiskOutcome outcome;

    private String assessors;
    private String evidence;
    private String decisionNumber;
    private LocalDate decidedOn;
    private @Nullable BigDecimal recoveryAmount;
    private String recordedBy;
    private Instant recordedAt;

    protected RiskAssessment() {}

    RiskAssessment(
            UUID taskId,
            RiskRegime regime,
            RiskAssessmentData data,
            BigDecimal budget,
            LocalDate today,
            String recordedBy,
            Instant recordedAt) {
        this.assessors = required(data.assessors(), "risk.error.assessors");
        this.evidence = required(data.evidence(), "risk.error.evidence");
        this.decisionNumber = required(data.decisionNumber(), "risk.error.decisionNumber");
        if (data.decidedOn().isAfter(today)) {
            throw DomainException.refused("risk.error.decidedOn");
        }
        this.taskId = taskId;
        this.regime = regime;
        this.compliant = data.compliant();
        this.decidedOn = data.decidedOn();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        if (compliant && regime.acceptsRisk()) {
            if (data.recoveryAmount() != null && data.recoveryAmount().signum() != 0) {
                throw DomainException.refused("risk.error.noRecoveryWhenAccepted");
            }
            this.outcome = RiskOutcome.RISK_ACCEPTED;
            this.recoveryAmount = null;
            return;
        }
        BigDecimal amount = data.recoveryAmount();
        if (amount == null || amount.signum() <= 0) {
            throw DomainException.refused(compliant ? "risk.error.oldRulesRecover" : "risk.error.recoveryAmount");
        }
        if (amount.compareTo(budget) > 0) {
            throw DomainException.refused("risk.error.recoveryBeyondBudget");
        }
        this.outcome = RiskOutcome.RECOVERY;
        this.recoveryAmount = amount;
    }

    private static String required(@Nullable String text, String key) {
        if (text == null || text.isBlank()) {
            throw DomainException.refused(key);
        }
        return text.strip();
    }

    RiskOutcome outcome() {
        return outcome;
    }

    vn.doimoi.projects.execution.ExecutionViews.RiskAssessmentView view() {
        return new vn.doimoi.projects.execution.ExecutionViews.RiskAssessmentView(
                regime.name(),
                compliant,
                outcome.name(),
                assessors,
                evidence,
                decisionNumber,
                decidedOn,
                recoveryAmount,
                recordedBy);
    }
}
