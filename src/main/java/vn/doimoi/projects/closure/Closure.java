package vn.doimoi.projects.closure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.ExecutionViews.AssetView;
import vn.doimoi.projects.execution.ExecutionViews.LiquidationView;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.rules.RiskAcceptanceRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

/**
 * Closing a task: its assets (listed, then handed over by decision), the compliance assessment of a
 * task that failed its acceptance (Law 93/2025 art. 9) and the contract's liquidation minutes.
 */
@Service
@Transactional
public class Closure {

    private final AssetRepository assets;
    private final LiquidationRepository liquidations;
    private final RiskAssessmentRepository risks;
    private final TaskAccess access;
    private final RuleSets ruleSets;

    Closure(
            AssetRepository assets,
            LiquidationRepository liquidations,
            RiskAssessmentRepository risks,
            TaskAccess access,
            RuleSets ruleSets) {
        this.ruleSets = ruleSets;
        this.assets = assets;
        this.liquidations = liquidations;
        this.risks = risks;
        this.access = access;
    }

    /**
     * Records whether a failed task followed the approved procedures. Under the 2025 law a compliant
     * task is closed here and refunds nothing; otherwise (or under the old rules) the amount to recover
     * is recorded and the contract is liquidated afterwards, as for any task.
     */
    public RiskOutcome assessCompliance(CurrentUser actor, UUID taskId, RiskAssessmentData data) {
        TaskAccess.requireStaff(actor);
        ExecutionTask task = access.load(taskId);
        task.require(Stage.NOT_ACCEPTED);
        if (risks.existsById(taskId)) {
            throw DomainException.conflict("risk.error.alreadyAssessed");
        }
        RiskAssessment assessment = new RiskAssessment(
                taskId,
                RiskRegime.of(riskRule(task).values()),
                data,
                task.stateBudget(),
                access.today(),
                actor.username(),
                access.clock().instant());
        risks.save(assessment);
        if (assessment.outcome() == RiskOutcome.RISK_ACCEPTED) {
            task.closed();
        }
        access.journal(
                taskId,
                actor.username(),
                "risk.assessed",
                data.decisionNumber().strip(),
                Map.of("stage", Stage.NOT_ACCEPTED.name()),
                Map.of(
                        "outcome", assessment.outcome().name(),
                        "compliant", data.compliant(),
                        "stage", task.stage().name()));
        return assessment.outcome();
    }

    /**
     * The version of rule {@code risk-acceptance} a failed task is assessed under: the one in force on
     * its approval decision's day. The form's hint and the fields it asks follow from it.
     */
    @Transactional(readOnly = true)
    public RuleVersion<RiskAcceptanceRule> riskRule(ExecutionTask task) {
        return ruleSets.riskAcceptanceFor(task.decisionDate());
    }

    @Transactional(readOnly = true)
    public vn.doimoi.projects.execution.ExecutionViews.@Nullable RiskAssessmentView riskAssessment(UUID taskId) {
        return risks.findById(taskId).map(RiskAssessment::view).orElse(null);
    }

    public void addAsset(CurrentUser actor, UUID taskId, String name, BigDecimal value) {
        TaskAccess.requireStaff(actor);
        access.load(taskId);
        if (name == null || name.isBlank() || value == null || value.signum() < 0) {
            throw DomainException.refused("asset.error.invalid");
        }
        Asset asset = assets.save(new Asset(taskId, name, value.setScale(0, RoundingMode.HALF_UP)));
        access.journal(
                taskId, actor.username(), "asset.added", name, null, Map.of("value", asset.value.toPlainString()));
    }

    public void decideAsset(
            CurrentUser actor, UUID taskId, UUID assetId, String decision, String handedTo, LocalDate handedOn) {
        TaskAccess.requireStaff(actor);
        Asset asset =
                assets.findById(assetId).filter(a -> a.taskId.equals(taskId)).orElseThrow(TaskAccess::notFound);
        if (decision == null || decision.isBlank() || handedTo == null || handedTo.isBlank()) {
            throw DomainException.refused("asset.error.decision");
        }
        asset.decision = decision;
        asset.handedTo = handedTo;
        asset.handedOn = handedOn;
        access.journal(
                taskId,
                actor.username(),
                "asset.decided",
                asset.name,
                null,
                Map.of("decision", decision, "handedTo", handedTo, "handedOn", handedOn.toString()));
    }

    /** Contract liquidation minutes close the task (after acceptance or termination). */
    public void liquidate(CurrentUser actor, UUID taskId, String minutesNumber, LocalDate on, String note) {
        TaskAccess.requireStaff(actor);
        ExecutionTask task = access.load(taskId);
        if (minutesNumber == null || minutesNumber.isBlank()) {
            throw DomainException.refused("closing.error.minutesNumber");
        }
        Stage before = task.stage();
        if (before == Stage.NOT_ACCEPTED && !risks.existsById(taskId)) {
            throw DomainException.conflict("risk.error.assessFirst");
        }
        task.closed();
        liquidations.save(new Liquidation(taskId, minutesNumber, on, note == null ? "" : note));
        access.journal(
                taskId,
                actor.username(),
                "closing.liquidated",
                minutesNumber,
                Map.of("stage", before.name()),
                Map.of("stage", Stage.CLOSED.name()));
    }

    @Transactional(readOnly = true)
    public List<AssetView> assets(UUID taskId) {
        return assets.findByTaskIdOrderByName(taskId).stream()
                .map(a -> new AssetView(a.id, a.name, a.value, a.decision, a.handedTo, a.handedOn))
                .toList();
    }

    @Transactional(readOnly = true)
    public @Nullable LiquidationView liquidation(UUID taskId) {
        return liquidations
                .findById(taskId)
                .map(l -> new LiquidationView(l.minutesNumber, l.liquidatedOn, l.note))
                .orElse(null);
    }
}
