package vn.doimoi.projects.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.execution.ExecutionViews.ReportView;
import vn.doimoi.projects.support.TaskAccess;

/** The periodic progress reports the contract schedules: the host submits each, STAFF accepts it. */
@Service
@Transactional
public class ProgressReports {

    private final TaskAccess access;
    private final ProgressReportRepository reports;
    private final Notifications notifications;

    ProgressReports(TaskAccess access, ProgressReportRepository reports, Notifications notifications) {
        this.access = access;
        this.reports = reports;
        this.notifications = notifications;
    }

    public void submitReport(CurrentUser actor, UUID taskId, UUID reportId, String content, int percent) {
        ExecutionTask task = access.host(actor, taskId);
        task.require(Stage.IN_PROGRESS);
        ProgressReport report = report(taskId, reportId);
        report.submit(content, percent, access.clock().instant());
        access.journal(
                taskId,
                actor.username(),
                "execution.report.submitted",
                access.t(report.late() ? "execution.journal.reportLate" : "execution.journal.report", report.number()),
                Map.of("state", ReportState.DUE.name()),
                Map.of("state", report.state().name(), "late", report.late(), "percent", percent));
        notifications.sendToRole(
                Role.STAFF,
                access.t("execution.notify.report.subject", task.code(), report.number()),
                access.t(
                        report.late() ? "execution.notify.report.bodyLate" : "execution.notify.report.body",
                        task.title()),
                TaskAccess.link(taskId));
    }

    public void acceptReport(CurrentUser actor, UUID taskId, UUID reportId, @Nullable String note) {
        TaskAccess.requireStaff(actor);
        ProgressReport report = report(taskId, reportId);
        report.accept(note);
        access.journal(
                taskId,
                actor.username(),
                "execution.report.accepted",
                access.t("execution.journal.report", report.number()),
                Map.of("state", ReportState.SUBMITTED.name()),
                Map.of("state", ReportState.ACCEPTED.name()));
    }

    /** The task's reports as its page shows them, overdue ones marked as of {@code today}. */
    @Transactional(readOnly = true)
    public List<ReportView> views(UUID taskId, LocalDate today) {
        return reports.findByTaskIdOrderByNumber(taskId).stream()
                .map(r -> new ReportView(
                        r.id(),
                        r.number(),
                        r.dueOn(),
                        r.state(),
                        r.submittedAt(),
                        r.late(),
                        r.overdueOn(today),
                        r.progressPercent(),
                        r.content(),
                        r.reviewNote()))
                .toList();
    }

    private ProgressReport report(UUID taskId, UUID reportId) {
        return reports.findById(reportId).filter(r -> r.taskId().equals(taskId)).orElseThrow(TaskAccess::notFound);
    }
}
