package vn.doimoi.programs.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.programs.AgencyRef;
import vn.doimoi.programs.AssignmentView;
import vn.doimoi.programs.DueReport;
import vn.doimoi.programs.ProgrammeView;
import vn.doimoi.programs.ProgressStatus;
import vn.doimoi.programs.ReportDeadline;
import vn.doimoi.programs.ReportPeriod;
import vn.doimoi.programs.ReportView;
import vn.doimoi.programs.TaskGroupView;

/**
 * Turns assignments and reports into the read records the pages show: progress as the latest
 * report says it, "late" when a report or the deadline is missed, and the reports an agency owes.
 */
@Component
class MonitoringViews {

    private final MonitoringRecords records;
    private final AgencyReportRepository reports;
    private final IndicatorRepository indicators;
    private final EvidenceFileRepository evidence;
    private final Directory directory;
    private final Clock clock;
    private final ProgramsProperties properties;

    MonitoringViews(
            MonitoringRecords records,
            AgencyReportRepository reports,
            IndicatorRepository indicators,
            EvidenceFileRepository evidence,
            Directory directory,
            Clock clock,
            ProgramsProperties properties) {
        this.records = records;
        this.reports = reports;
        this.indicators = indicators;
        this.evidence = evidence;
        this.directory = directory;
        this.clock = clock;
        this.properties = properties;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ReportDeadline.VIETNAM));
    }

    Map<UUID, String> agencyNames() {
        return directory.organisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
    }

    Map<UUID, List<AgencyReport>> reportsOf(List<Assignment> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return reports
                .findByAssignmentIdInOrderByPeriodStartDesc(
                        list.stream().map(Assignment::id).toList())
                .stream()
                .collect(Collectors.groupingBy(AgencyReport::assignmentId));
    }

    List<AssignmentView> views(List<Assignment> list) {
        Map<UUID, String> names = agencyNames();
        Map<UUID, List<AgencyReport>> byAssignment = reportsOf(list);
        Map<UUID, ProgrammeView> programmeByGroup = new HashMap<>();
        LocalDate today = today();
        List<AssignmentView> views = new ArrayList<>();
        for (Assignment assignment : list) {
            ProgrammeView programme =
                    programmeByGroup.computeIfAbsent(assignment.taskGroupId(), g -> records.programmeOf(assignment));
            views.add(view(assignment, programme, byAssignment.getOrDefault(assignment.id(), List.of()), names, today));
        }
        return views;
    }

    AssignmentView view(
            Assignment assignment,
            ProgrammeView programme,
            List<AgencyReport> ofAssignment,
            Map<UUID, String> names,
            LocalDate today) {
        ProgressStatus progress = ofAssignment.stream()
                .max(Comparator.comparing((AgencyReport r) -> r.period().end()))
                .map(AgencyReport::progress)
                .orElse(ProgressStatus.NOT_STARTED);
        Set<String> reported = new HashSet<>();
        ofAssignment.forEach(r -> reported.add(r.period().code()));
        boolean missingReport = assignment.periodsDueBy(today).stream()
                .anyMatch(p -> !reported.contains(p.code())
                        && p.dueOn(properties.reportDueDays()).isBefore(today));
        boolean pastDeadline = assignment.deadline() != null
                && assignment.deadline().isBefore(today)
                && progress != ProgressStatus.DONE;
        TaskGroupView group = programme.taskGroup(assignment.taskGroupId());
        return new AssignmentView(
                assignment.id(),
                programme.id(),
                group.id(),
                group.position(),
                assignment.title(),
                assignment.description(),
                agency(assignment.leadAgencyId(), names),
                assignment.cooperatingAgencies().stream()
                        .map(id -> agency(id, names))
                        .toList(),
                assignment.expectedOutputs(),
                assignment.recurrence(),
                assignment.startsOn(),
                assignment.deadline(),
                progress,
                progress != ProgressStatus.DONE && (missingReport || pastDeadline));
    }

    /** The reports owed on an assignment: due within the reminder window, or overdue. */
    List<DueReport> dueReports(
            Assignment assignment, AssignmentView view, List<AgencyReport> ofAssignment, LocalDate today) {
        Set<String> reported = ofAssignment.stream().map(r -> r.period().code()).collect(Collectors.toSet());
        List<DueReport> due = new ArrayList<>();
        LocalDate horizon = today.plusDays(properties.remindDaysBefore());
        for (ReportPeriod period : assignment.periodsDueBy(today)) {
            LocalDate dueOn = period.dueOn(properties.reportDueDays());
            if (reported.contains(period.code()) || view.progress() == ProgressStatus.DONE) {
                continue;
            }
            if (dueOn.isBefore(today)) {
                due.add(new DueReport(view, period, dueOn, true));
            } else if (!dueOn.isAfter(horizon)) {
                due.add(new DueReport(view, period, dueOn, false));
            }
        }
        return due;
    }

    ReportView view(AgencyReport report, Assignment assignment, ProgrammeView programme, Map<UUID, String> names) {
        Map<UUID, Indicator> byId = indicators.findByProgrammeIdOrderByCode(programme.id()).stream()
                .collect(Collectors.toMap(Indicator::id, i -> i));
        List<ReportView.Value> values = report.values().stream()
                .filter(v -> byId.containsKey(v.indicatorId()))
                .map(v -> {
                    Indicator indicator = byId.get(v.indicatorId());
                    return new ReportView.Value(
                            v.indicatorId(),
                            indicator.name(),
                            indicator.unit(),
                            indicator.source(),
                            IndicatorSeries.clean(v.value()),
                            IndicatorSeries.clean(v.numerator()),
                            IndicatorSeries.clean(v.denominator()));
                })
                .toList();
        return new ReportView(
                report.id(),
                assignment.id(),
                assignment.title(),
                programme.taskGroup(assignment.taskGroupId()).position(),
                agency(report.agencyId(), names),
                report.period(),
                report.dueOn(),
                report.state(),
                report.progress(),
                report.narrative(),
                report.reviewNote(),
                report.submittedAt(),
                report.reviewedAt(),
                report.late(),
                values,
                evidence.findByReportIdOrderByUploadedAt(report.id()).stream()
                        .map(EvidenceFile::toView)
                        .toList(),
                report.version());
    }

    private static AgencyRef agency(UUID id, Map<UUID, String> names) {
        return new AgencyRef(id, names.getOrDefault(id, id.toString()));
    }
}
