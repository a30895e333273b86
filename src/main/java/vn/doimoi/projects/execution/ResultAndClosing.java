package vn.doimoi.projects.execution;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.execution.ExecutionViews.LiquidationView;
import vn.doimoi.projects.execution.ExecutionViews.ResultView;
import vn.doimoi.projects.results.ResultRepository;
import vn.doimoi.projects.results.ResultViews;
import vn.doimoi.projects.rules.RiskAcceptanceRule;
import vn.doimoi.rules.RuleVersion;

/** What follows acceptance on a task's page: its registered result, its assets, its liquidation and a failed task's compliance assessment. */
@Component
class ResultAndClosing {

    private final ResultRepository results;
    private final ResultViews resultViews;
    private final Closure closure;

    ResultAndClosing(ResultRepository results, ResultViews resultViews, Closure closure) {
        this.results = results;
        this.resultViews = resultViews;
        this.closure = closure;
    }

    @Nullable
    ResultView result(UUID taskId, Map<UUID, String> organisationNames) {
        return results.findByTaskId(taskId)
                .map(r -> resultViews.resultView(r, organisationNames, false))
                .orElse(null);
    }

    List<ExecutionViews.AssetView> assets(UUID taskId) {
        return closure.assets(taskId);
    }

    @Nullable
    LiquidationView liquidation(UUID taskId) {
        return closure.liquidation(taskId);
    }

    RuleVersion<RiskAcceptanceRule> riskRule(ExecutionTask task) {
        return closure.riskRule(task);
    }

    ExecutionViews.@Nullable RiskAssessmentView riskAssessment(UUID taskId) {
        return closure.riskAssessment(taskId);
    }
}
