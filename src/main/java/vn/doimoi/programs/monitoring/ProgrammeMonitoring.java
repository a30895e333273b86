package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.programs.AgencyRef;
import vn.doimoi.programs.AssignmentView;
import vn.doimoi.programs.Dashboard;
import vn.doimoi.programs.DueReport;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.ProgrammeView;
import vn.doimoi.programs.ProgressStatus;
import vn.doimoi.programs.ReportPeriod;
import vn.doimoi.programs.ReportView;
import vn.doimoi.programs.SummaryReport;

/**
 * Programme monitoring: STAFF assigns actions to agencies, agencies report on them, STAFF reviews;
 * indicators, dashboards and the summary are read from the same data. An agency sees only the
 * assignments it leads (and their reports); anything else is "not found" to it.
 *
 * <p>The one door the web layer and the module's API use, and the transaction boundary; each
 * process lives in a class of its own: {@link ProgrammeAssignments}, {@link AgencyReporting} (with
 * {@link ReportEvidence}), {@link ProgrammeIndicators} and {@link ProgrammeDashboards}.
 */
@Service
@Transactional
public class ProgrammeMonitoring {

    private final MonitoringRecords records;
    private final ProgrammeAssignments assignments;
    private final AgencyReporting reporting;
    private final ReportEvidence evidence;
    private final ProgrammeIndicators indicators;
    private final ProgrammeDashboards dashboards;
    private final MonitoringViews views;

    ProgrammeMonitoring(
            MonitoringRecords records,
            ProgrammeAssignments assignments,
            AgencyReporting reporting,
            ReportEvidence evidence,
            ProgrammeIndicators indicators,
            ProgrammeDashboards dashboards,
            MonitoringViews views) {
        this.records = records;
        this.assignments = assignments;
        this.reporting = reporting;
        this.evidence = evidence;
        this.indicators = indicators;
        this.dashboards = dashboards;
        this.views = views;
    }

    /** What an agency enters in a report. */
    public record ReportInput(ProgressStatus progress, String narrative, Map<UUID, EnteredValue> values) {}

    /** A value for one indicator: the value itself, or for a ratio the two figures that make it. */
    public record EnteredValue(
            @Nullable BigDecimal value,
            @Nullable BigDecimal numerator,
            @Nullable BigDecimal denominator) {}

    /** An uploaded evidence file. */
    public record Upload(String filename, byte[] bytes) {}

    /** A stored evidence file to send back. */
    public record Download(String filename, String contentType, byte[] bytes) {}

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<ProgrammeView> programmes() {
        return records.programmes();
    }

    @Transactional(readOnly = true)
    public ProgrammeView programme(UUID id) {
        return records.view(records.programme(id));
    }

    /** The agencies of the directory, for choosers. */
    @Transactional(readOnly = true)
    public List<AgencyRef> agencies() {
        return assignments.agencies();
    }

    /** STAFF's dashboard, or with {@code publishedOnly} the public page's part of it. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(UUID programmeId, boolean publishedOnly) {
        return dashboards.dashboard(programmeId, publishedOnly);
    }

    /** The assignments an agency leads, or all of them for STAFF. */
    @Transactional(readOnly = true)
    public List<AssignmentView> assignmentsFor(CurrentUser actor) {
        return assignments.assignmentsFor(actor);
    }

    @Transactional(readOnly = true)
    public AssignmentView assignment(CurrentUser actor, UUID id) {
        return assignments.assignment(actor, id);
    }

    /** Reports an agency owes: due within the reminder window, or overdue. */
    @Transactional(readOnly = true)
    public List<DueReport> reminders(CurrentUser actor) {
        return assignments.reminders(actor);
    }

    @Transactional(readOnly = true)
    public List<ReportView> reportsOf(CurrentUser actor, UUID assignmentId) {
        return reporting.reportsOf(actor, assignmentId);
    }

    /** The periods the lead agency may still report on (no report yet), latest first. */
    @Transactional(readOnly = true)
    public List<ReportPeriod> openPeriods(CurrentUser actor, UUID assignmentId) {
        return reporting.openPeriods(actor, assignmentId);
    }

    @Transactional(readOnly = true)
    public ReportView report(CurrentUser actor, UUID id) {
        return reporting.report(actor, id);
    }

    /**
     * The indicators the agency of an assignment reports a value for: entered ones and ratios of
     * the task group the assignment belongs to (the indicators assigned to that agency).
     */
    @Transactional(readOnly = true)
    public List<IndicatorView> reportableIndicators(AssignmentView assignment) {
        return indicators.of(records.programme(assignment.programmeId()), false, views.today()).stream()
                .filter(IndicatorView::entered)
                .filter(i -> Integer.valueOf(assignment.taskGroupPosition()).equals(i.taskGroupPosition()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Download evidence(CurrentUser actor, UUID reportId, UUID fileId) {
        return evidence.download(actor, reportId, fileId);
    }

    /** The summary for a period: each task group's assignments with their report for that period. */
    @Transactional(readOnly = true)
    public SummaryReport summary(UUID programmeId, ReportPeriod period) {
        return dashboards.summary(programmeId, period);
    }

    // ---------------------------------------------------------------- writing

    /** STAFF assigns an action of a task group to a lead agency. */
    public UUID assign(AssignmentData data) {
        return assignments.assign(data);
    }

    /** The lead agency submits its report for a period, with indicator values and evidence. */
    public UUID submit(
            CurrentUser actor, UUID assignmentId, String periodCode, ReportInput input, List<Upload> uploads) {
        return reporting.submit(actor, assignmentId, periodCode, input, uploads);
    }

    /** The agency corrects a report STAFF sent back. */
    public void resubmit(CurrentUser actor, UUID reportId, long version, ReportInput input, List<Upload> uploads) {
        reporting.resubmit(actor, reportId, version, input, uploads);
    }

    /** STAFF accepts a submitted report. */
    public void accept(UUID reportId, long version, @Nullable String note) {
        reporting.accept(reportId, version, note);
    }

    /** STAFF sends a submitted report back with what to change. */
    public void requestChanges(UUID reportId, long version, String note) {
        reporting.requestChanges(reportId, version, note);
    }

    /** STAFF shows or hides an indicator on the public page. */
    public void publishIndicator(UUID id, boolean published) {
        indicators.publish(id, published);
    }

    /** STAFF sets (or with null clears) an indicator's target for a year. */
    public void setTarget(UUID id, int year, @Nullable BigDecimal target) {
        indicators.setTarget(id, year, target);
    }
}
