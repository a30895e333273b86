package vn.doimoi.programs.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.programs.ProgrammeView;
import vn.doimoi.programs.ReportPeriod;
import vn.doimoi.programs.ReportView;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring.ReportInput;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring.Upload;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/**
 * The periodic report of an assignment: the lead agency submits it for a period (and corrects it
 * when sent back), STAFF accepts it or asks for changes.
 */
@Component
class AgencyReporting {

    private static final String REPORT = "programs.report";

    private final AgencyReportRepository reports;
    private final MonitoringRecords records;
    private final MonitoringViews views;
    private final ProgrammeIndicators indicators;
    private final ReportEvidence evidence;
    private final AuditLog audit;
    private final Clock clock;
    private final ProgramsProperties properties;

    AgencyReporting(
            AgencyReportRepository reports,
            MonitoringRecords records,
            MonitoringViews views,
            ProgrammeIndicators indicators,
            ReportEvidence evidence,
            AuditLog audit,
            Clock clock,
            ProgramsProperties properties) {
        this.reports = reports;
        this.records = records;
        this.views = views;
        this.indicators = indicators;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    List<ReportView> reportsOf(CurrentUser actor, UUID assignmentId) {
        Assignment assignment = records.visibleAssignment(actor, assignmentId);
        ProgrammeView programme = records.programmeOf(assignment);
        Map<UUID, String> names = views.agencyNames();
        return reports.findByAssignmentIdOrderByPeriodStartDesc(assignmentId).stream()
                .map(r -> views.view(r, assignment, programme, names))
                .toList();
    }

    /** The periods the lead agency may still report on (no report yet), latest first. */
    List<ReportPeriod> openPeriods(CurrentUser actor, UUID assignmentId) {
        Assignment assignment = records.visibleAssignment(actor, assignmentId);
        Set<String> reported = reports.findByAssignmentIdOrderByPeriodStartDesc(assignmentId).stream()
                .map(r -> r.period().code())
                .collect(Collectors.toSet());
        List<ReportPeriod> open = new ArrayList<>(assignment.periodsDueBy(views.today()).stream()
                .filter(p -> !reported.contains(p.code()))
                .toList());
        Collections.reverse(open);
        return open;
    }

    ReportView report(CurrentUser actor, UUID id) {
        AgencyReport report = records.visibleReport(actor, id);
        Assignment assignment = records.assignmentOf(report);
        return views.view(report, assignment, records.programmeOf(assignment), views.agencyNames());
    }

    /** The lead agency submits its report for a period, with indicator values and evidence. */
    UUID submit(CurrentUser actor, UUID assignmentId, String periodCode, ReportInput input, List<Upload> uploads) {
        Assignment assignment = records.visibleAssignment(actor, assignmentId);
        records.requireLeadAgency(actor, assignment);
        ReportPeriod period = ReportPeriod.parse(periodCode);
        if (!assignment.reportsOn(period) || period.start().isAfter(views.today())) {
            throw DomainException.invalid("programs.error.periodNotOfAssignment", period.code());
        }
        if (reports.findByAssignmentIdAndPeriod(assignmentId, period.code()).isPresent()) {
            throw DomainException.conflict("programs.error.periodReported", period.code());
        }
        Instant now = clock.instant();
        AgencyReport report = new AgencyReport(
                assignmentId,
                assignment.leadAgencyId(),
                period,
                period.dueOn(properties.reportDueDays()),
                input.progress(),
                narrative(input),
                indicators.entered(assignment, records.programmeOf(assignment).id(), input),
                now);
        reports.save(report);
        evidence.store(report.id(), uploads, now);
        audit.record("report.submitted", REPORT, report.id().toString(), null, report.auditState());
        return report.id();
    }

    /** The agency corrects a report STAFF sent back. */
    void resubmit(CurrentUser actor, UUID reportId, long version, ReportInput input, List<Upload> uploads) {
        AgencyReport report = records.visibleReport(actor, reportId);
        Assignment assignment = records.assignmentOf(report);
        records.requireLeadAgency(actor, assignment);
        requireVersion(report, version);
        Map<String, Object> before = report.auditState();
        Instant now = clock.instant();
        report.resubmit(
                input.progress(),
                narrative(input),
                indicators.entered(assignment, records.programmeOf(assignment).id(), input),
                now);
        reports.saveAndFlush(report);
        evidence.store(report.id(), uploads, now);
        audit.record("report.resubmitted", REPORT, reportId.toString(), before, report.auditState());
    }

    /** STAFF accepts a submitted report. */
    void accept(UUID reportId, long version, @Nullable String note) {
        AgencyReport report = records.report(reportId);
        requireVersion(report, version);
        Map<String, Object> before = report.auditState();
        report.accept(text(note), clock.instant());
        reports.saveAndFlush(report);
        audit.record("report.accepted", REPORT, reportId.toString(), before, report.auditState());
    }

    /** STAFF sends a submitted report back with what to change. */
    void requestChanges(UUID reportId, long version, String note) {
        AgencyReport report = records.report(reportId);
        requireVersion(report, version);
        Map<String, Object> before = report.auditState();
        report.requestChanges(text(note), clock.instant());
        reports.saveAndFlush(report);
        audit.record("report.changesRequested", REPORT, reportId.toString(), before, report.auditState());
    }

    private static String narrative(ReportInput input) {
        String narrative = text(input.narrative());
        if (narrative == null) {
            throw DomainException.invalid("programs.error.narrativeRequired");
        }
        if (input.progress() == null) {
            throw DomainException.invalid("programs.error.progressRequired");
        }
        return narrative;
    }

    static @Nullable String text(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return VietnameseText.nfc(value.strip());
    }

    private static void requireVersion(AgencyReport report, long version) {
        if (report.version() != version) {
            throw DomainException.conflict("error.concurrentEdit");
        }
    }
}
