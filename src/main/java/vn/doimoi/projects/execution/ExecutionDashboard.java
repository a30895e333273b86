package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.ExecutionViews.Dashboard;
import vn.doimoi.projects.execution.ExecutionViews.OverdueReport;
import vn.doimoi.projects.execution.ExecutionViews.PaymentRow;
import vn.doimoi.projects.execution.ExecutionViews.UseView;
import vn.doimoi.projects.execution.ExecutionViews.YearMoney;
import vn.doimoi.projects.results.Result;
import vn.doimoi.projects.results.ResultRepository;
import vn.doimoi.projects.results.ResultState;
import vn.doimoi.projects.results.ResultUse;
import vn.doimoi.projects.results.ResultUseRepository;
import vn.doimoi.projects.results.ResultViews;
import vn.doimoi.projects.results.UseState;
import vn.doimoi.projects.support.TaskAccess;

/** The Department's view over every task in execution: stages, overdue reports, money by year, payments. */
@Service
@Transactional(readOnly = true)
public class ExecutionDashboard {

    private final TaskAccess access;
    private final ExecutionTaskRepository tasks;
    private final ProgressReportRepository reports;
    private final TrancheRepository tranches;
    private final ResultRepository results;
    private final ResultUseRepository uses;
    private final ResultViews resultViews;
    private final ExecutionRegister register;

    ExecutionDashboard(
            TaskAccess access,
            ExecutionTaskRepository tasks,
            ProgressReportRepository reports,
            TrancheRepository tranches,
            ResultRepository results,
            ResultUseRepository uses,
            ResultViews resultViews,
            ExecutionRegister register) {
        this.access = access;
        this.tasks = tasks;
        this.reports = reports;
        this.tranches = tranches;
        this.results = results;
        this.uses = uses;
        this.resultViews = resultViews;
        this.register = register;
    }

    public Dashboard dashboard(CurrentUser actor) {
        TaskAccess.requireStaff(actor);
        LocalDate today = access.today();
        Map<UUID, String> names = access.organisationNames();
        List<ExecutionTask> all = tasks.findAllByOrderByApprovedAtDesc();
        Map<UUID, ExecutionTask> byId = all.stream().collect(Collectors.toMap(ExecutionTask::id, t -> t));
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, all.stream().filter(t -> t.stage() == stage).count());
        }
        List<OverdueReport> overdue = reports.findByStateOrderByDueOn(ReportState.DUE).stream()
                .filter(r -> r.overdueOn(today))
                .filter(r -> byId.containsKey(r.taskId()))
                .map(r -> {
                    ExecutionTask t = byId.get(r.taskId());
                    return new OverdueReport(
                            t.id(),
                            t.code(),
                            t.title(),
                            names.getOrDefault(t.hostOrgId(), ""),
                            r.number(),
                            r.dueOn(),
                            ChronoUnit.DAYS.between(r.dueOn(), today));
                })
                .toList();
        List<Tranche> allTranches = tranches.findAllByOrderByPlannedOn();
        List<PaymentRow> awaiting = allTranches.stream()
                .filter(t -> t.state() == TrancheState.REQUESTED
                        || t.state() == TrancheState.STAFF_APPROVED
                        || t.state() == TrancheState.FINANCE_APPROVED)
                .filter(t -> byId.containsKey(t.taskId()))
                .map(t -> paymentRow(t, byId.get(t.taskId()), names))
                .toList();
        List<Result> registered = results.findByStateOrderByRegisteredOnDesc(ResultState.REGISTERED);
        Set<UUID> applied =
                uses
                        .findByResultIdInAndState(
                                registered.stream().map(Result::id).toList(), UseState.CONFIRMED)
                        .stream()
                        .map(ResultUse::resultId)
                        .collect(Collectors.toSet());
        List<UseView> toConfirm = uses.findByStateOrderByReportedAt(UseState.REPORTED).stream()
                .map(resultViews::useView)
                .toList();
        return new Dashboard(
                byStage,
                register.rows(all),
                overdue,
                moneyByYear(allTranches),
                awaiting,
                toConfirm,
                registered.size(),
                applied.size());
    }

    /** Every tranche of a year (planned or paid in it), for the treasury's spreadsheet. */
    public List<PaymentRow> payments(CurrentUser actor, int year) {
        TaskAccess.requireStaff(actor);
        Map<UUID, String> names = access.organisationNames();
        Map<UUID, ExecutionTask> byId = tasks.findAll().stream().collect(Collectors.toMap(ExecutionTask::id, t -> t));
        return tranches.findAllByOrderByPlannedOn().stream()
                .filter(t -> t.plannedOn().getYear() == year
                        || (t.paidOn() != null && t.paidOn().getYear() == year))
                .filter(t -> byId.containsKey(t.taskId()))
                .map(t -> paymentRow(t, byId.get(t.taskId()), names))
                .toList();
    }

    /** Planned money by the year it is planned in, paid money by the year it was paid in. */
    private static List<YearMoney> moneyByYear(List<Tranche> allTranches) {
        Map<Integer, BigDecimal[]> perYear = new TreeMap<>();
        for (Tranche t : allTranches) {
            BigDecimal[] planned = perYear.computeIfAbsent(t.plannedOn().getYear(), y -> zeros());
            planned[0] = planned[0].add(t.amount());
            if (t.state() == TrancheState.PAID && t.paidOn() != null) {
                BigDecimal[] cell = perYear.computeIfAbsent(t.paidOn().getYear(), y -> zeros());
                cell[1] = cell[1].add(t.amount());
            }
        }
        return perYear.entrySet().stream()
                .map(e -> new YearMoney(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static PaymentRow paymentRow(Tranche t, ExecutionTask task, Map<UUID, String> names) {
        return new PaymentRow(
                task.id(),
                task.code(),
                task.title(),
                names.getOrDefault(task.hostOrgId(), ""),
                t.number(),
                t.amount(),
                t.state(),
                t.plannedOn(),
                t.paidOn(),
                t.treasuryReference());
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
