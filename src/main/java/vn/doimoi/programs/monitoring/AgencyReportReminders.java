package vn.doimoi.programs.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Audience;
import vn.doimoi.identity.Deadline;
import vn.doimoi.identity.Notice;
import vn.doimoi.identity.ReminderMoment;
import vn.doimoi.identity.Reminders;
import vn.doimoi.programs.AgencyReportReminding;
import vn.doimoi.programs.ProgressStatus;
import vn.doimoi.programs.ReportDeadline;
import vn.doimoi.programs.ReportPeriod;
import vn.doimoi.shared.text.MessageText;
import vn.doimoi.shared.text.VietnameseFormats;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Every morning, tells the lead agency of each unfinished assignment about the periodic reports it
 * still owes: days before the due day and once when overdue ({@link Reminders} keeps it to once).
 */
@Component
class AgencyReportReminders implements AgencyReportReminding {

    static final String KIND = "agency-report";

    private final AssignmentRepository assignments;
    private final AgencyReportRepository reports;
    private final Reminders reminders;
    private final MessageSource messages;
    private final ProgramsProperties properties;
    private final Clock clock;

    AgencyReportReminders(
            AssignmentRepository assignments,
            AgencyReportRepository reports,
            Reminders reminders,
            MessageSource messages,
            ProgramsProperties properties,
            Clock clock) {
        this.assignments = assignments;
        this.reports = reports;
        this.reminders = reminders;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${doimoi.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "programs.agencyReportReminders", lockAtLeastFor = "PT1M")
    @Transactional
    public void daily() {
        send();
    }

    @Override
    @Transactional
    public int sendDue() {
        return send();
    }

    /** Sends today's reminders and overdue notices; returns how many went out. */
    int send() {
        LocalDate today = ReportDeadline.vietnamDay(clock.instant());
        int sent = 0;
        for (Assignment assignment : assignments.findAll()) {
            List<AgencyReport> ofAssignment = reports.findByAssignmentIdOrderByPeriodStartDesc(assignment.id());
            if (done(ofAssignment)) {
                continue;
            }
            Set<String> reported =
                    ofAssignment.stream().map(r -> r.period().code()).collect(Collectors.toSet());
            for (ReportPeriod period : assignment.periodsDueBy(today)) {
                if (!reported.contains(period.code()) && remind(assignment, period, today)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean remind(Assignment assignment, ReportPeriod period, LocalDate today) {
        LocalDate dueOn = period.dueOn(properties.reportDueDays());
        String label = text(period.labelKey(), period.labelArgs());
        String link = "/programs/reports/assignments/" + assignment.id() + "/new?period=" + period.code();
        return reminders.remind(
                new Deadline(KIND, assignment.id() + "/" + period.code(), dueOn),
                today,
                Audience.organisation(assignment.leadAgencyId()),
                moment -> {
                    String key = moment == ReminderMoment.BEFORE ? "programs.remind.before" : "programs.remind.overdue";
                    return new Notice(
                            text(key + ".subject", assignment.title(), label),
                            text(key + ".body", assignment.title(), label, VietnameseFormats.date(dueOn)),
                            link);
                });
    }

    /** An assignment its latest report calls done owes nothing more. */
    private static boolean done(List<AgencyReport> ofAssignment) {
        return ofAssignment.stream()
                .max(Comparator.comparing((AgencyReport r) -> r.period().end()))
                .map(r -> r.progress() == ProgressStatus.DONE)
                .orElse(false);
    }

    private String text(String key, Object... args) {
        return MessageText.of(messages, VietnameseText.VIETNAMESE, key, args);
    }
}
