package vn.doimoi.programs.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.programs.AssignmentView;
import vn.doimoi.programs.DueReport;
import vn.doimoi.programs.ProgressStatus;
import vn.doimoi.programs.ReportDeadline;
import vn.doimoi.programs.ReportState;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Programmes' part of "Việc của tôi" (ADR 0044): an agency sees the reports it owes (due soon or
 * late) and its assignments not yet done; STAFF reviews submitted reports and sees late assignments.
 */
@Component
record ProgrammeWork(ProgrammeMonitoring monitoring, AgencyReportRepository reports, Accounts accounts, Clock clock)
        implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        if (me.isStaff()) {
            return staff(me);
        }
        if (me.has(Role.AGENCY)) {
            return List.of(Heading.ASSIGNMENTS.of(agency(me)));
        }
        return List.of();
    }

    private List<WorkItem> agency(CurrentUser me) {
        LocalDate today = ReportDeadline.vietnamDay(clock.instant());
        List<WorkItem> items = new ArrayList<>();
        Set<UUID> reminded = new HashSet<>();
        for (DueReport due : monitoring.reminders(me)) {
            reminded.add(due.assignment().id());
            items.add(new WorkItem(
                    due.overdue() ? "me.item.agencyReportLate" : "me.item.agencyReportDue",
                    List.of(due.assignment().title()),
                    link(due.assignment()),
                    due.dueOn(),
                    due.overdue(),
                    1));
        }
        for (AssignmentView assignment : monitoring.assignmentsFor(me)) {
            if (assignment.progress() != ProgressStatus.DONE && !reminded.contains(assignment.id())) {
                items.add(new WorkItem(
                        assignment.overdue() ? "me.item.assignmentLate" : "me.item.assignmentOpen",
                        List.of(assignment.title()),
                        link(assignment),
                        assignment.deadline(),
                        assignment.overdue() || (assignment.deadline() != null && today.isAfter(assignment.deadline())),
                        1));
            }
        }
        return items;
    }

    private List<WorkSection> staff(CurrentUser me) {
        Map<UUID, AssignmentView> assignments = monitoring.assignmentsFor(me).stream()
                .collect(Collectors.toMap(AssignmentView::id, Function.identity()));
        List<WorkItem> toReview = new ArrayList<>();
        for (AgencyReport report : reports.findAll()) {
            AssignmentView assignment = assignments.get(report.assignmentId());
            if (report.state() == ReportState.SUBMITTED && assignment != null) {
                toReview.add(WorkItem.of(
                        "me.item.agencyReportToReview",
                        "/programs/reports/" + report.id(),
                        assignment.leadAgency().name(),
                        assignment.title()));
            }
        }
        List<WorkItem> late = assignments.values().stream()
                .filter(a -> a.overdue() && a.progress() != ProgressStatus.DONE)
                .map(a -> new WorkItem(
                        "me.item.assignmentLateOf",
                        List.of(a.title(), a.leadAgency().name()),
                        link(a),
                        a.deadline(),
                        true,
                        1))
                .toList();
        return List.of(Heading.APPROVALS.of(toReview), Heading.OVERDUE.of(late));
    }

    private static String link(AssignmentView assignment) {
        return "/programs/reports/assignments/" + assignment.id();
    }
}
