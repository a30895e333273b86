package vn.doimoi.projects.execution;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Audience;
import vn.doimoi.identity.Deadline;
import vn.doimoi.identity.Notice;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.ReminderMoment;
import vn.doimoi.identity.Reminders;
import vn.doimoi.projects.results.Result;
import vn.doimoi.projects.results.ResultRepository;
import vn.doimoi.projects.results.ResultState;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * Once a day (07:00 Vietnam time) reminds hosts of progress reports due soon or overdue, whoever
 * holds a tranche's next step ({@link TrancheReminders}), and once a year asks hosts to report the
 * use of their registered results. {@link Reminders} records each reminder sent, so a re-run, a
 * restart or a second node does not repeat it; ShedLock runs the job on one node only.
 */
@Component
class ExecutionReminders {

    static final String PROGRESS_REPORT = "progress-report";

    private static final Logger log = LoggerFactory.getLogger(ExecutionReminders.class);

    private final ExecutionTaskRepository tasks;
    private final ProgressReportRepository reports;
    private final ResultRepository results;
    private final Reminders reminders;
    private final TrancheReminders tranches;
    private final Notifications notifications;
    private final TaskAccess access;
    private final Clock clock;

    ExecutionReminders(
            ExecutionTaskRepository tasks,
            ProgressReportRepository reports,
            ResultRepository results,
            Reminders reminders,
            TrancheReminders tranches,
            Notifications notifications,
            TaskAccess access,
            Clock clock) {
        this.tasks = tasks;
        this.reports = reports;
        this.results = results;
        this.reminders = reminders;
        this.tranches = tranches;
        this.notifications = notifications;
        this.access = access;
        this.clock = clock;
    }

    @SchedulerLock(name = "projects.executionReminders", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "${doimoi.projects.execution.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public void daily() {
        int sent = sendReminders();
        if (sent > 0) {
            log.info("Sent {} task execution reminders", sent);
        }
    }

    /** Sends the reminders due today and returns how many were sent. */
    @Transactional
    public int sendReminders() {
        LocalDate today = Deadlines.today(clock.instant());
        return progressReports(today) + tranches.send(today) + resultUse(today);
    }

    /** Before and after a due progress report's day, to the host of a task in progress. */
    private int progressReports(LocalDate today) {
        int sent = 0;
        for (ProgressReport report : reports.findByStateOrderByDueOn(ReportState.DUE)) {
            ExecutionTask task = tasks.findById(report.taskId()).orElse(null);
            if (task == null || task.stage() != Stage.IN_PROGRESS) {
                continue;
            }
            String number = Integer.toString(report.number());
            boolean reminded = reminders.remind(
                    new Deadline(PROGRESS_REPORT, report.id().toString(), report.dueOn()),
                    today,
                    Audience.organisation(task.hostOrgId()),
                    moment -> {
                        String key = moment == ReminderMoment.BEFORE
                                ? "execution.reminder.report.before"
                                : "execution.reminder.report.overdue";
                        return new Notice(
                                access.t(key + ".subject", task.code(), number),
                                access.t(key + ".body", task.title(), number, VietnameseFormats.date(report.dueOn())),
                                TaskAccess.link(task.id()));
                    });
            if (reminded) {
                sent++;
            }
        }
        return sent;
    }

    /** Once a year after registration, to hosts of registered results. */
    private int resultUse(LocalDate today) {
        int sent = 0;
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
