package vn.doimoi.projects.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.execution.ExecutionViews.ContractView;
import vn.doimoi.projects.execution.ExecutionViews.EventView;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.ExecutionViews.TrancheView;
import vn.doimoi.projects.support.TaskAccess;

/**
 * A task's page as one read record: every stage's part of it, for STAFF or for a member of the
 * host organisation (anyone else is told the task does not exist).
 */
@Service
@Transactional(readOnly = true)
public class TaskDetails {

    private final TaskAccess access;
    private final Contracts contracts;
    private final ProgressReports reports;
    private final Tranches tranches;
    private final AcceptanceSteps acceptances;
    private final TaskEventRepository events;
    private final TaskFiles taskFiles;
    private final ResultAndClosing after;

    TaskDetails(
            TaskAccess access,
            Contracts contracts,
            ProgressReports reports,
            Tranches tranches,
            AcceptanceSteps acceptances,
            TaskEventRepository events,
            TaskFiles taskFiles,
            ResultAndClosing after) {
        this.access = access;
        this.contracts = contracts;
        this.reports = reports;
        this.tranches = tranches;
        this.acceptances = acceptances;
        this.events = events;
        this.taskFiles = taskFiles;
        this.after = after;
    }

    public TaskDetail task(CurrentUser actor, UUID taskId) {
        return detail(access.visible(actor, taskId));
    }

    private TaskDetail detail(ExecutionTask task) {
        Map<UUID, String> names = access.organisationNames();
        UUID id = task.id();
        Acceptance acceptance = acceptances.of(id).orElse(null);
        Map<UUID, Acceptance.ProductAssessment> assessed = new HashMap<>();
        if (acceptance != null) {
            acceptance.products().forEach(p -> assessed.put(p.productId(), p));
        }
        ContractView contract = contracts.view(id);
        List<TrancheView> trancheViews = tranches.views(task);
        return new TaskDetail(
                id,
                task.code(),
                task.title(),
                task.type(),
                task.method(),
                task.hostOrgId(),
                names.getOrDefault(task.hostOrgId(), ""),
                task.adopterOrgId() == null ? null : names.get(task.adopterOrgId()),
                task.fieldCodes(),
                task.stateBudget(),
                task.otherBudget(),
                task.durationMonths(),
                task.decisionNumber(),
                task.decisionDate(),
                task.stage(),
                ProductViews.of(task, assessed),
                contract,
                contract == null
                                || task.endsOn(contract.terms().endOn())
                                        .equals(contract.terms().endOn())
                        ? null
                        : task.extendedUntil(),
                reports.views(id, access.today()),
                trancheViews,
                trancheViews.stream()
                        .filter(t -> t.state() == TrancheState.PAID)
                        .map(TrancheView::amount)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add),
                acceptance == null ? null : AcceptanceSteps.view(acceptance),
                after.result(id, names),
                after.assets(id),
                after.liquidation(id),
                after.riskAssessment(id),
                after.riskRule(task),
                events.findByTaskIdOrderByAt(id).stream()
                        .map(e -> new EventView(e.at, e.actor, e.action, e.detail))
                        .toList(),
                taskFiles.views(id),
                acceptances.rule(task),
                acceptances.productsInsteadOfSpending(task),
                task.piPersonId());
    }
}
