package vn.doimoi.programs.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doimoi.programs.AgencyRef;
import vn.doimoi.programs.AssignmentView;
import vn.doimoi.programs.Dashboard;
import vn.doimoi.programs.DueReport;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.ProgrammeView;
import vn.doimoi.programs.ProgressRow;
import vn.doimoi.programs.ReportPeriod;
import vn.doimoi.programs.ReportState;
import vn.doimoi.programs.ReportView;
import vn.doimoi.programs.SummaryReport;
import vn.doimoi.programs.TaskGroupView;

/** What a programme looks like as a whole: STAFF's dashboard, the public page and the summary. */
@Component
class ProgrammeDashboards {

    private final MonitoringRecords records;
    private final MonitoringViews views;
    private final ProgrammeIndicators indicators;

    ProgrammeDashboards(MonitoringRecords records, MonitoringViews views, ProgrammeIndicators indicators) {
        this.records = records;
        this.views = views;
        this.indicators = indicators;
    }

    /** STAFF's dashboard, or with {@code publishedOnly} the public page's part of it. */
    Dashboard dashboard(UUID programmeId, boolean publishedOnly) {
        Loaded p = load(programmeId);
        List<AssignmentView> assignmentViews = p.all().stream()
                .map(a ->
                        views.view(a, p.view(), p.byAssignment().getOrDefault(a.id(), List.of()), p.names(), p.today()))
                .toList();

        List<ProgressRow> byGroup = new ArrayList<>();
        for (TaskGroupView group : p.view().taskGroups()) {
            byGroup.add(row(
                    Integer.toString(group.position()),
                    assignmentViews.stream()
                            .filter(a -> a.taskGroupId().equals(group.id()))
                            .toList()));
        }
        Map<AgencyRef, List<AssignmentView>> perAgency = new LinkedHashMap<>();
        assignmentViews.stream()
                .sorted(Comparator.comparing(a -> a.leadAgency().name()))
                .forEach(a -> perAgency
                        .computeIfAbsent(a.leadAgency(), k -> new ArrayList<>())
                        .add(a));
        List<ProgressRow> byAgency = perAgency.entrySet().stream()
                .map(e -> row(e.getKey().name(), e.getValue()))
                .toList();

        List<DueReport> overdue = new ArrayList<>();
        List<ReportView> awaiting = new ArrayList<>();
        if (!publishedOnly) {
            for (int i = 0; i < p.all().size(); i++) {
                overdue.addAll(views
                        .dueReports(
                                p.all().get(i),
                                assignmentViews.get(i),
                                p.byAssignment().getOrDefault(p.all().get(i).id(), List.of()),
                                p.today())
                        .stream()
                        .filter(DueReport::overdue)
                        .toList());
            }
            Map<UUID, Assignment> byId = p.all().stream().collect(Collectors.toMap(Assignment::id, a -> a));
            p.byAssignment().values().stream()
                    .flatMap(List::stream)
                    .filter(r -> r.state() == ReportState.SUBMITTED)
                    .sorted(Comparator.comparing(AgencyReport::submittedAt))
                    .forEach(r -> awaiting.add(views.view(r, byId.get(r.assignmentId()), p.view(), p.names())));
        }
        List<IndicatorView> indicatorViews = indicators.of(p.programme(), publishedOnly, p.today());
        return new Dashboard(
                p.view(),
                byGroup,
                byAgency,
                overdue,
                awaiting,
                publishedOnly ? List.of() : assignmentViews,
                indicatorViews);
    }

    /** The summary for a period: each task group's assignments with their report for that period. */
    SummaryReport summary(UUID programmeId, ReportPeriod period) {
        Loaded p = load(programmeId);
        List<SummaryReport.Section> sections = new ArrayList<>();
        for (TaskGroupView group : p.view().taskGroups()) {
            List<SummaryReport.Item> items = new ArrayList<>();
            for (Assignment assignment : p.all()) {
                if (!assignment.taskGroupId().equals(group.id())) {
                    continue;
                }
                List<AgencyReport> ofAssignment = p.byAssignment().getOrDefault(assignment.id(), List.of());
                AgencyReport inPeriod = ofAssignment.stream()
                        .filter(r -> r.state() != ReportState.CHANGES_REQUESTED)
                        .filter(r -> !r.period().end().isBefore(period.start())
                                && !r.period().end().isAfter(period.end()))
                        .max(Comparator.comparing(r -> r.period().end()))
                        .orElse(null);
                items.add(new SummaryReport.Item(
                        views.view(assignment, p.view(), ofAssignment, p.names(), p.today()),
                        inPeriod == null ? null : views.view(inPeriod, assignment, p.view(), p.names())));
            }
            sections.add(new SummaryReport.Section(group, items));
        }
        return new SummaryReport(p.view(), period, p.today(), sections, indicators.of(p.programme(), false, p.today()));
    }

    /** A programme with its assignments and their reports, as of today, read once for one page. */
    private record Loaded(
            Programme programme,
            ProgrammeView view,
            LocalDate today,
            Map<UUID, String> names,
            List<Assignment> all,
            Map<UUID, List<AgencyReport>> byAssignment) {}

    private Loaded load(UUID programmeId) {
        Programme programme = records.programme(programmeId);
        ProgrammeView view = records.view(programme);
        List<Assignment> all = records.assignmentsOf(view);
        return new Loaded(programme, view, views.today(), views.agencyNames(), all, views.reportsOf(all));
    }

    private static ProgressRow row(String label, List<AssignmentView> list) {
        int notStarted = 0;
        int inProgress = 0;
        int done = 0;
        int late = 0;
        for (AssignmentView assignment : list) {
            switch (assignment.effectiveProgress()) {
                case NOT_STARTED -> notStarted++;
                case IN_PROGRESS -> inProgress++;
                case DONE -> done++;
                case LATE -> late++;
            }
        }
        return new ProgressRow(label, list.size(), notStarted, inProgress, done, late);
    }
}
