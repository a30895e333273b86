package vn.doimoi.projects.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Execution's part of "Việc của tôi" (ADR 0044): STAFF accepts progress reports, approves
 * requested tranches (never the second step of one it approved itself), assesses the compliance of
 * a task that failed its acceptance (issue 19, risk acceptance) and sees late reports; a host
 * organisation sees the progress reports it owes, soonest first.
 */
@Component
record ExecutionWork(
        ExecutionTaskRepository tasks,
        ProgressReportRepository reports,
        TrancheRepository tranches,
        ResultAndClosing closing,
        Accounts accounts,
        Clock clock)
        implements SignedInWork {

    /** How far ahead a host sees a report coming. */
    private static final int HORIZON_DAYS = 30;

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        if (me.isStaff()) {
            return staff(me);
        }
        if (me.has(Role.ORG_MEMBER) && me.organisationId() != null) {
            return List.of(Heading.TASKS.of(host(me.organisationId())));
        }
        return List.of();
    }

    private List<WorkSection> staff(CurrentUser me) {
        LocalDate today = Deadlines.today(clock.instant());
        Map<UUID, ExecutionTask> all =
                tasks.findAll().stream().collect(Collectors.toMap(ExecutionTask::id, Function.identity()));
        List<WorkItem> approvals = new ArrayList<>();
        for (ProgressReport report : reports.findByStateOrderByDueOn(ReportState.SUBMITTED)) {
            task(all, report.taskId())
                    .ifPresent(task -> approvals.add(WorkItem.of(
                            "me.item.progressReportToAccept",
                            link(task),
                            String.valueOf(report.number()),
                            task.code())));
        }
        for (Tranche tranche : tranches.findAllByOrderByPlannedOn()) {
            boolean staffStep = tranche.state() == TrancheState.REQUESTED;
            // two-person rule (issue 18): whoever approved the first step is not offered the second
            boolean financeStep = tranche.state() == TrancheState.STAFF_APPROVED
                    && !Objects.equals(tranche.staffApprovedBy(), me.username());
            if (staffStep || financeStep) {
                task(all, tranche.taskId())
                        .ifPresent(task -> approvals.add(WorkItem.of(
                                staffStep ? "me.item.trancheToApprove" : "me.item.trancheToConfirm",
                                link(task),
                                String.valueOf(tranche.number()),
                                task.code())));
            }
        }
        // a failed task waits for STAFF to assess its compliance before it is closed or money recovered
        for (ExecutionTask task : all.values()) {
            if (task.stage() == Stage.NOT_ACCEPTED && closing.riskAssessment(task.id()) == null) {
                approvals.add(WorkItem.of("me.item.riskToAssess", link(task), task.code()));
            }
        }
        List<WorkItem> late = new ArrayList<>();
        for (ProgressReport report : reports.findByStateOrderByDueOn(ReportState.DUE)) {
            if (today.isAfter(report.dueOn())) {
                task(all, report.taskId())
                        .ifPresent(task -> late.add(WorkItem.due(
                                "me.item.progressReportLate",
                                link(task),
                                report.dueOn(),
                                today,
                                String.valueOf(report.number()),
                                task.code())));
            }
        }
        return List.of(Heading.APPROVALS.of(approvals), Heading.OVERDUE.of(late));
    }

    private List<WorkItem> host(UUID organisation) {
        LocalDate today = Deadlines.today(clock.instant());
        List<WorkItem> items = new ArrayList<>();
        for (ExecutionTask task : tasks.findByHostOrgIdOrderByApprovedAtDesc(organisation)) {
            for (ProgressReport report : reports.findByTaskIdOrderByNumber(task.id())) {
                if (report.state() == ReportState.DUE && !report.dueOn().isAfter(today.plusDays(HORIZON_DAYS))) {
                    items.add(WorkItem.due(
                            "me.item.progressReportDue",
                            link(task),
                            report.dueOn(),
                            today,
                            String.valueOf(report.number()),
                            task.code()));
                }
            }
        }
        return items;
    }

    private static java.util.Optional<ExecutionTask> task(Map<UUID, ExecutionTask> all, UUID id) {
        return java.util.Optional.ofNullable(all.get(id));
    }

    private static String link(ExecutionTask task) {
        return "/execution/tasks/" + task.id();
    }
}
