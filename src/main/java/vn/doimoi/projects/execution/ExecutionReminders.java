package vn.doimoi.projects.execution;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Notifications;
import vn.doimoi.projects.results.Result;
import vn.doimoi.projects.results.ResultRepository;
import vn.doimoi.projects.results.ResultState;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * Once a day (07:00 Vietnam time) reminds hosts of reports due soon or overdue, and once a year
 * asks them to report the use of their registered results. Each reminder is sent once (flags on
 * the records), so several nodes or a restart do not repeat it.
 */
@Component
class ExecutionReminders {

    private static final Logger log = LoggerFactory.getLogger(ExecutionReminders.class);

    private final ExecutionTaskRepository tasks;
    private final ProgressReportRepository reports;
    private final ResultRepository results;
    private final Notifications notifications;
    private final ExecutionProperties properties;
    private final TaskAccess access;

    ExecutionReminders(
            ExecutionTaskRepository tasks,
            ProgressReportRepository reports,
            ResultRepository results,
            Notifications notifications,
            ExecutionProperties properties,
            TaskAccess access) {
        this.tasks = tasks;
        this.reports = reports;
        this.results = results;
        this.notifications = notifications;
        this.properties = properties;
        this.access = access;
    }

    @Scheduled(cron = "${doimoi.projects.execution.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public void daily() {
        int sent = sendReminders();
        if (sent > 0) {
            log.info("Sent {} task execution reminders", sent);
        }
    }

    /**
     * Sends the reminders due today: before and after a report's due day (once each), and once a
     * year to hosts of accepted tasks to report the use of their results. Returns how many were sent.
     */
    @Transactional
    public int sendReminders() {
        LocalDate today = access.today();
        int sent = 0;
        for (ProgressReport report : reports.findByStateOrderByDueOn(ReportState.DUE)) {
            ExecutionTask task = tasks.findById(report.taskId()).orElse(null);
            if (task == null || task.stage() != Stage.IN_PROGRESS) {
                continue;
            }
            if (!report.remindedBefore()
                    && !today.isBefore(report.dueOn().minusDays(properties.remindDaysBefore()))
                    && !today.isAfter(report.dueOn())) {
                report.markRemindedBefore();
                notifications.sendToOrganisation(
                        task.hostOrgId(),
                        access.t("execution.remind.before.subject", task.code(), report.number()),
                        access.t("execution.remind.before.body", task.title(), VietnameseFormats.date(report.dueOn())),
                        TaskAccess.link(task.id()));
                sent++;
            }
            if (!report.remindedAfter() && report.overdueOn(today)) {
                report.markRemindedAfter();
                notifications.sendToOrganisation(
                        task.hostOrgId(),
                        access.t("execution.remind.after.subject", task.code(), report.number()),
                        access.t("execution.remind.after.body", task.title(), VietnameseFormats.date(report.dueOn())),
                        TaskAccess.link(task.id()));
                sent++;
            }
        }
        for (Result result : results.findByStateOrderByRegisteredOnDesc(ResultState.REGISTERED)) {
            ExecutionTask task = tasks.findById(result.taskId()).orElse(null);
            if (task == null || result.registeredOn() == null) {
                continue;
            }
            boolean aYearOn = !today.isBefore(result.registeredOn().plusYears(1));
            if (aYearOn && !task.remindedOfUseIn(today.getYear())) {
                task.useReminded(today.getYear());
                notifications.sendToOrganisation(
                        task.hostOrgId(),
                        access.t("result.remind.subject", result.title()),
                        access.t("result.remind.body", result.title(), String.valueOf(today.getYear())),
                        "/results/" + result.id());
                sent++;
            }
        }
        return sent;
    }
}
