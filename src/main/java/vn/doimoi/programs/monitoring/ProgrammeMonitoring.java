package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.programs.AgencyRef;
import vn.doimoi.programs.AssignmentView;
import vn.doimoi.programs.Dashboard;
import vn.doimoi.programs.DueReport;
import vn.doimoi.programs.IndicatorSource;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.ProgrammeView;
import vn.doimoi.programs.ProgressRow;
import vn.doimoi.programs.ProgressStatus;
import vn.doimoi.programs.ReportDeadline;
import vn.doimoi.programs.ReportPeriod;
import vn.doimoi.programs.ReportState;
import vn.doimoi.programs.ReportView;
import vn.doimoi.programs.SummaryReport;
import vn.doimoi.programs.TaskGroupView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Programme monitoring: STAFF assigns actions to agencies, agencies report on them, STAFF reviews;
 * indicators, dashboards and the summary are read from the same data. An agency sees only the
 * assignments it leads (and their reports); anything else is "not found" to it.
 */
@Service
@Transactional
public class ProgrammeMonitoring {

    private static final String ASSIGNMENT = "programs.assignment";
    private static final String REPORT = "programs.report";
    private static final String INDICATOR = "programs.indicator";

    private final ProgrammeRepository programmes;
    private final TaskGroupRepository taskGroups;
    private final AssignmentRepository assignments;
    private final IndicatorRepository indicators;
    private final AgencyReportRepository reports;
    private final EvidenceFileRepository evidence;
    private final FileContentRepository files;
    private final Map<String, IndicatorComputation> computations;
    private final Directory directory;
    private final AssignmentAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ProgramsProperties properties;

    ProgrammeMonitoring(
            ProgrammeRepository programmes,
            TaskGroupRepository taskGroups,
            AssignmentRepository assignments,
            IndicatorRepository indicators,
            AgencyReportRepository reports,
            EvidenceFileRepository evidence,
            FileContentRepository files,
            List<IndicatorComputation> computations,
            Directory directory,
            AssignmentAccess access,
            AuditLog audit,
            Clock clock,
            ProgramsProperties properties) {
        this.programmes = programmes;
        this.taskGroups = taskGroups;
        this.assignments = assignments;
        this.indicators = indicators;
        this.reports = reports;
        this.evidence = evidence;
        this.files = files;
        this.computations =
                computations.stream().collect(Collectors.toMap(IndicatorComputation::key, Function.identity()));
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
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
        return programmes.findAllByOrderByIssuedOnDesc().stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public ProgrammeView programme(UUID id) {
        return view(loadProgramme(id));
    }

    /** The agencies of the directory, for choosers. */
    @Transactional(readOnly = true)
    public List<AgencyRef> agencies() {
        return directory.organisations().stream()
                .filter(o -> o.type() == OrganisationType.AGENCY)
                .map(o -> new AgencyRef(o.id(), o.name()))
                .toList();
    }

    /** STAFF's dashboard, or with {@code publishedOnly} the public page's part of it. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(UUID programmeId, boolean publishedOnly) {
        Programme programme = loadProgramme(programmeId);
        ProgrammeView view = view(programme);
        LocalDate today = today();
        Map<UUID, String> names = agencyNames();
        List<Assignment> all = assignmentsOf(view);
        Map<UUID, List<AgencyReport>> byAssignment = reportsOf(all);
        List<AssignmentView> assignmentViews = all.stream()
                .map(a -> view(a, view, byAssignment.getOrDefault(a.id(), List.of()), names, today))
                .toList();

        List<ProgressRow> byGroup = new ArrayList<>();
        for (TaskGroupView group : view.taskGroups()) {
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
            for (int i = 0; i < all.size(); i++) {
                overdue.addAll(dueReports(
                                all.get(i),
                                assignmentViews.get(i),
                                byAssignment.getOrDefault(all.get(i).id(), List.of()),
                                today)
                        .stream()
                        .filter(DueReport::overdue)
                        .toList());
            }
            Map<UUID, Assignment> byId = all.stream().collect(Collectors.toMap(Assignment::id, a -> a));
            byAssignment.values().stream()
                    .flatMap(List::stream)
                    .filter(r -> r.state() == ReportState.SUBMITTED)
                    .sorted(Comparator.comparing(AgencyReport::submittedAt))
                    .forEach(r -> awaiting.add(view(r, byId.get(r.assignmentId()), view, names)));
        }
        List<IndicatorView> indicatorViews = indicatorsOf(programme, publishedOnly);
        return new Dashboard(
                view,
                byGroup,
                byAgency,
                overdue,
                awaiting,
                publishedOnly ? List.of() : assignmentViews,
                indicatorViews);
    }

    /** The assignments an agency leads, or all of them for STAFF. */
    @Transactional(readOnly = true)
    public List<AssignmentView> assignmentsFor(CurrentUser actor) {
        List<Assignment> visible = access.seesAll(actor)
                ? assignments.findAll(org.springframework.data.domain.Sort.by("createdAt"))
                : actor.organisationId() == null
                        ? List.of()
                        : assignments.findByLeadAgencyIdOrderByCreatedAt(actor.organisationId());
        return views(visible);
    }

    @Transactional(readOnly = true)
    public AssignmentView assignment(CurrentUser actor, UUID id) {
        Assignment assignment = visibleAssignment(actor, id);
        return views(List.of(assignment)).get(0);
    }

    /** Reports an agency owes: due within the reminder window, or overdue. */
    @Transactional(readOnly = true)
    public List<DueReport> reminders(CurrentUser actor) {
        List<Assignment> visible = access.seesAll(actor)
                ? assignments.findAll()
                : actor.organisationId() == null
                        ? List.of()
                        : assignments.findByLeadAgencyIdOrderByCreatedAt(actor.organisationId());
        LocalDate today = today();
        List<AssignmentView> views = views(visible);
        Map<UUID, List<AgencyReport>> byAssignment = reportsOf(visible);
        List<DueReport> due = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            due.addAll(dueReports(
                    visible.get(i),
                    views.get(i),
                    byAssignment.getOrDefault(visible.get(i).id(), List.of()),
                    today));
        }
        due.sort(Comparator.comparing(DueReport::dueOn));
        return due;
    }

    @Transactional(readOnly = true)
    public List<ReportView> reportsOf(CurrentUser actor, UUID assignmentId) {
        Assignment assignment = visibleAssignment(actor, assignmentId);
        ProgrammeView programme = programmeOf(assignment);
        Map<UUID, String> names = agencyNames();
        return reports.findByAssignmentIdOrderByPeriodStartDesc(assignmentId).stream()
                .map(r -> view(r, assignment, programme, names))
                .toList();
    }

    /** The periods the lead agency may still report on (no report yet), latest first. */
    @Transactional(readOnly = true)
    public List<ReportPeriod> openPeriods(CurrentUser actor, UUID assignmentId) {
        Assignment assignment = visibleAssignment(actor, assignmentId);
        Set<String> reported = reports.findByAssignmentIdOrderByPeriodStartDesc(assignmentId).stream()
                .map(r -> r.period().code())
                .collect(Collectors.toSet());
        List<ReportPeriod> open = new ArrayList<>(assignment.periodsDueBy(today()).stream()
                .filter(p -> !reported.contains(p.code()))
                .toList());
        java.util.Collections.reverse(open);
        return open;
    }

    @Transactional(readOnly = true)
    public ReportView report(CurrentUser actor, UUID id) {
        AgencyReport report = visibleReport(actor, id);
        Assignment assignment = assignments.findById(report.assignmentId()).orElseThrow();
        return view(report, assignment, programmeOf(assignment), agencyNames());
    }

    /** The indicators an agency can report a value for (entered ones and ratios). */
    @Transactional(readOnly = true)
    public List<IndicatorView> reportableIndicators(UUID programmeId) {
        return indicatorsOf(loadProgramme(programmeId), false).stream()
                .filter(IndicatorView::entered)
                .toList();
    }

    @Transactional(readOnly = true)
    public Download evidence(CurrentUser actor, UUID reportId, UUID fileId) {
        visibleReport(actor, reportId);
        EvidenceFile file = evidence.findById(fileId)
                .filter(f -> f.reportId().equals(reportId))
                .orElseThrow(() -> new NotFoundException("evidence", fileId));
        FileContent content = files.findById(file.sha256()).orElseThrow();
        return new Download(file.filename(), file.contentType(), content.content());
    }

    /** The summary for a period: each task group's assignments with their report for that period. */
    @Transactional(readOnly = true)
    public SummaryReport summary(UUID programmeId, ReportPeriod period) {
        Programme programme = loadProgramme(programmeId);
        ProgrammeView view = view(programme);
        LocalDate today = today();
        Map<UUID, String> names = agencyNames();
        List<Assignment> all = assignmentsOf(view);
        Map<UUID, List<AgencyReport>> byAssignment = reportsOf(all);
        List<SummaryReport.Section> sections = new ArrayList<>();
        for (TaskGroupView group : view.taskGroups()) {
            List<SummaryReport.Item> items = new ArrayList<>();
            for (Assignment assignment : all) {
                if (!assignment.taskGroupId().equals(group.id())) {
                    continue;
                }
                List<AgencyReport> ofAssignment = byAssignment.getOrDefault(assignment.id(), List.of());
                AgencyReport inPeriod = ofAssignment.stream()
                        .filter(r -> r.state() != ReportState.CHANGES_REQUESTED)
                        .filter(r -> !r.period().end().isBefore(period.start())
                                && !r.period().end().isAfter(period.end()))
                        .max(Comparator.comparing(r -> r.period().end()))
                        .orElse(null);
                items.add(new SummaryReport.Item(
                        view(assignment, view, ofAssignment, names, today),
                        inPeriod == null ? null : view(inPeriod, assignment, view, names)));
            }
            sections.add(new SummaryReport.Section(group, items));
        }
        return new SummaryReport(view, period, today, sections, indicatorsOf(programme, false));
    }

    // ---------------------------------------------------------------- writing

    /** STAFF assigns an action of a task group to a lead agency. */
    public UUID assign(AssignmentData data) {
        TaskGroup group = taskGroups
                .findById(data.taskGroupId())
                .orElseThrow(() -> new NotFoundException("task group", data.taskGroupId()));
        String title = VietnameseText.clean(data.title());
        if (title == null || title.isEmpty()) {
            throw DomainException.invalid("programs.error.titleRequired");
        }
        requireAgency(data.leadAgencyId());
        data.cooperatingAgencies().forEach(this::requireAgency);
        if (data.deadline() != null && data.deadline().isBefore(data.startsOn())) {
            throw DomainException.invalid("programs.error.deadlineBeforeStart");
        }
        AssignmentData clean = new AssignmentData(
                group.id(),
                title,
                text(data.description()),
                data.leadAgencyId(),
                data.cooperatingAgencies(),
                text(data.expectedOutputs()),
                data.recurrence(),
                data.startsOn(),
                data.deadline());
        Assignment assignment = new Assignment(clean, clock.instant());
        assignments.save(assignment);
        audit.record("assignment.created", ASSIGNMENT, assignment.id().toString(), null, assignment.auditState());
        return assignment.id();
    }

    /** The lead agency submits its report for a period, with indicator values and evidence. */
    public UUID submit(
            CurrentUser actor, UUID assignmentId, String periodCode, ReportInput input, List<Upload> uploads) {
        Assignment assignment = visibleAssignment(actor, assignmentId);
        access.requireLeadAgency(actor, assignment);
        ReportPeriod period = ReportPeriod.parse(periodCode);
        if (!assignment.reportsOn(period) || period.start().isAfter(today())) {
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
                values(programmeOf(assignment).id(), input),
                now);
        reports.save(report);
        storeEvidence(report.id(), uploads, now);
        audit.record("report.submitted", REPORT, report.id().toString(), null, report.auditState());
        return report.id();
    }

    /** The agency corrects a report STAFF sent back. */
    public void resubmit(CurrentUser actor, UUID reportId, long version, ReportInput input, List<Upload> uploads) {
        AgencyReport report = visibleReport(actor, reportId);
        Assignment assignment = assignments.findById(report.assignmentId()).orElseThrow();
        access.requireLeadAgency(actor, assignment);
        requireVersion(report, version);
        Map<String, Object> before = report.auditState();
        Instant now = clock.instant();
        report.resubmit(
                input.progress(),
                narrative(input),
                values(programmeOf(assignment).id(), input),
                now);
        reports.saveAndFlush(report);
        storeEvidence(report.id(), uploads, now);
        audit.record("report.resubmitted", REPORT, reportId.toString(), before, report.auditState());
    }

    /** STAFF accepts a submitted report. */
    public void accept(UUID reportId, long version, @Nullable String note) {
        AgencyReport report = loadReport(reportId);
        requireVersion(report, version);
        Map<String, Object> before = report.auditState();
        report.accept(text(note), clock.instant());
        reports.saveAndFlush(report);
        audit.record("report.accepted", REPORT, reportId.toString(), before, report.auditState());
    }

    /** STAFF sends a submitted report back with what to change. */
    public void requestChanges(UUID reportId, long version, String note) {
        AgencyReport report = loadReport(reportId);
        requireVersion(report, version);
        Map<String, Object> before = report.auditState();
        report.requestChanges(text(note), clock.instant());
        reports.saveAndFlush(report);
        audit.record("report.changesRequested", REPORT, reportId.toString(), before, report.auditState());
    }

    /** STAFF shows or hides an indicator on the public page. */
    public void publishIndicator(UUID id, boolean published) {
        Indicator indicator = loadIndicator(id);
        Map<String, Object> before = indicator.auditState();
        indicator.publish(published);
        indicators.saveAndFlush(indicator);
        audit.record(
                published ? "indicator.published" : "indicator.unpublished",
                INDICATOR,
                id.toString(),
                before,
                indicator.auditState());
    }

    /** STAFF sets (or with null clears) an indicator's target for a year. */
    public void setTarget(UUID id, int year, @Nullable BigDecimal target) {
        Indicator indicator = loadIndicator(id);
        Programme programme = loadProgramme(indicator.programmeId());
        if (year < programme.periodFrom() || year > programme.periodTo()) {
            throw DomainException.invalid("programs.error.yearOutsideProgramme", year);
        }
        if (target != null && target.signum() < 0) {
            throw DomainException.invalid("programs.error.valueNegative");
        }
        Map<String, Object> before = indicator.auditState();
        indicator.setTarget(year, target);
        indicators.saveAndFlush(indicator);
        audit.record("indicator.targetSet", INDICATOR, id.toString(), before, indicator.auditState());
    }

    // ---------------------------------------------------------------- helpers

    private List<IndicatorView> indicatorsOf(Programme programme, boolean publishedOnly) {
        List<Indicator> list = indicators.findByProgrammeIdOrderByCode(programme.id()).stream()
                .filter(i -> !publishedOnly || i.published())
                .toList();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> positions = taskGroups.findByProgrammeIdOrderByPosition(programme.id()).stream()
                .collect(Collectors.toMap(TaskGroup::id, g -> g.toView().position()));
        Map<UUID, List<IndicatorSeries.AcceptedValue>> accepted = acceptedValues(programme);
        int thisYear = today().getYear();
        List<IndicatorView> views = new ArrayList<>();
        for (Indicator indicator : list) {
            Map<Integer, BigDecimal> actuals = indicator.source() == IndicatorSource.COMPUTED
                    ? computed(indicator, programme.periodFrom(), Math.min(thisYear, programme.periodTo()))
                    : IndicatorSeries.yearly(accepted.getOrDefault(indicator.id(), List.of()));
            views.add(new IndicatorView(
                    indicator.id(),
                    indicator.code(),
                    indicator.name(),
                    indicator.unit(),
                    indicator.taskGroupId() == null ? null : positions.get(indicator.taskGroupId()),
                    indicator.source(),
                    indicator.direction(),
                    IndicatorSeries.clean(indicator.baseline()),
                    indicator.baselineYear(),
                    indicator.numeratorLabel(),
                    indicator.denominatorLabel(),
                    indicator.dataSource(),
                    indicator.published(),
                    IndicatorSeries.points(
                            programme.periodFrom(),
                            programme.periodTo(),
                            indicator.direction(),
                            indicator.targets(),
                            actuals)));
        }
        return views;
    }

    private Map<Integer, BigDecimal> computed(Indicator indicator, int fromYear, int toYear) {
        IndicatorComputation computation = computations.get(indicator.computation());
        Map<Integer, BigDecimal> values = new HashMap<>();
        if (computation == null) {
            return values;
        }
        Instant now = clock.instant();
        for (int year = fromYear; year <= toYear; year++) {
            Instant endOfYear = LocalDate.of(year + 1, 1, 1)
                    .atStartOfDay(ReportDeadline.VIETNAM)
                    .toInstant();
            values.put(year, computation.valueAt(endOfYear.isAfter(now) ? now : endOfYear));
        }
        return values;
    }

    private Map<UUID, List<IndicatorSeries.AcceptedValue>> acceptedValues(Programme programme) {
        List<UUID> assignmentIds =
                assignmentsOf(view(programme)).stream().map(Assignment::id).toList();
        Map<UUID, List<IndicatorSeries.AcceptedValue>> byIndicator = new HashMap<>();
        for (AgencyReport report : reports.findByAssignmentIdInOrderByPeriodStartDesc(assignmentIds)) {
            if (report.state() != ReportState.ACCEPTED) {
                continue;
            }
            for (AgencyReport.IndicatorValue value : report.values()) {
                byIndicator
                        .computeIfAbsent(value.indicatorId(), k -> new ArrayList<>())
                        .add(new IndicatorSeries.AcceptedValue(
                                report.period().end(), report.reviewedAt(), value.value()));
            }
        }
        return byIndicator;
    }

    private List<AgencyReport.IndicatorValue> values(UUID programmeId, ReportInput input) {
        Map<UUID, Indicator> reportable = indicators.findByProgrammeIdOrderByCode(programmeId).stream()
                .filter(i -> i.source() != IndicatorSource.COMPUTED)
                .collect(Collectors.toMap(Indicator::id, i -> i));
        List<AgencyReport.IndicatorValue> values = new ArrayList<>();
        input.values().forEach((indicatorId, entered) -> {
            Indicator indicator = reportable.get(indicatorId);
            if (indicator == null || entered == null) {
                return;
            }
            if (indicator.source() == IndicatorSource.RATIO) {
                if (entered.numerator() == null && entered.denominator() == null) {
                    return;
                }
                if (entered.numerator() == null || entered.denominator() == null) {
                    throw DomainException.invalid("programs.error.ratioNeedsBoth", indicator.name());
                }
                values.add(new AgencyReport.IndicatorValue(
                        indicatorId,
                        IndicatorSeries.percent(entered.numerator(), entered.denominator()),
                        entered.numerator(),
                        entered.denominator()));
            } else if (entered.value() != null) {
                if (entered.value().signum() < 0) {
                    throw DomainException.invalid("programs.error.valueNegative");
                }
                values.add(new AgencyReport.IndicatorValue(indicatorId, entered.value(), null, null));
            }
        });
        return values;
    }

    private void storeEvidence(UUID reportId, List<Upload> uploads, Instant now) {
        for (Upload upload : uploads) {
            if (upload.bytes().length == 0) {
                continue;
            }
            if (upload.bytes().length > properties.maxEvidenceBytes()) {
                throw DomainException.invalid(
                        "programs.error.evidenceTooLarge", properties.maxEvidenceBytes() / (1024 * 1024));
            }
            String filename = EvidenceTypes.safeFilename(upload.filename());
            String contentType = EvidenceTypes.detect(filename, upload.bytes());
            if (contentType == null) {
                throw DomainException.invalid("programs.error.evidenceType", filename);
            }
            String sha256 = sha256(upload.bytes());
            if (!files.existsById(sha256)) {
                files.save(new FileContent(sha256, upload.bytes()));
            }
            evidence.save(new EvidenceFile(reportId, filename, contentType, upload.bytes().length, sha256, now));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    private static @Nullable String text(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return VietnameseText.nfc(value.strip());
    }

    private void requireAgency(UUID id) {
        OrganisationSummary organisation =
                directory.organisation(id).orElseThrow(() -> DomainException.invalid("programs.error.agencyUnknown"));
        if (organisation.type() != OrganisationType.AGENCY) {
            throw DomainException.invalid("programs.error.notAnAgency", organisation.name());
        }
    }

    private static void requireVersion(AgencyReport report, long version) {
        if (report.version() != version) {
            throw DomainException.conflict("error.concurrentEdit");
        }
    }

    private Assignment visibleAssignment(CurrentUser actor, UUID id) {
        return assignments
                .findById(id)
                .filter(a -> access.maySee(actor, a))
                .orElseThrow(() -> new NotFoundException("assignment", id));
    }

    private AgencyReport visibleReport(CurrentUser actor, UUID id) {
        return reports.findById(id)
                .filter(r -> access.maySee(actor, r))
                .orElseThrow(() -> new NotFoundException("report", id));
    }

    private AgencyReport loadReport(UUID id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    private Indicator loadIndicator(UUID id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    private Programme loadProgramme(UUID id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    private ProgrammeView view(Programme programme) {
        return programme.toView(taskGroups.findByProgrammeIdOrderByPosition(programme.id()).stream()
                .map(TaskGroup::toView)
                .toList());
    }

    private ProgrammeView programmeOf(Assignment assignment) {
        TaskGroup group = taskGroups.findById(assignment.taskGroupId()).orElseThrow();
        return programme(group.programmeId());
    }

    private List<Assignment> assignmentsOf(ProgrammeView programme) {
        return assignments.findByTaskGroupIdInOrderByCreatedAt(
                programme.taskGroups().stream().map(TaskGroupView::id).toList());
    }

    private Map<UUID, List<AgencyReport>> reportsOf(List<Assignment> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return reports
                .findByAssignmentIdInOrderByPeriodStartDesc(
                        list.stream().map(Assignment::id).toList())
                .stream()
                .collect(Collectors.groupingBy(AgencyReport::assignmentId));
    }

    private List<AssignmentView> views(List<Assignment> list) {
        Map<UUID, String> names = agencyNames();
        Map<UUID, List<AgencyReport>> byAssignment = reportsOf(list);
        Map<UUID, ProgrammeView> programmeByGroup = new HashMap<>();
        LocalDate today = today();
        List<AssignmentView> views = new ArrayList<>();
        for (Assignment assignment : list) {
            ProgrammeView programme =
                    programmeByGroup.computeIfAbsent(assignment.taskGroupId(), g -> programmeOf(assignment));
            views.add(view(assignment, programme, byAssignment.getOrDefault(assignment.id(), List.of()), names, today));
        }
        return views;
    }

    private AssignmentView view(
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

    private List<DueReport> dueReports(
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

    private ReportView view(
            AgencyReport report, Assignment assignment, ProgrammeView programme, Map<UUID, String> names) {
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

    private static AgencyRef agency(UUID id, Map<UUID, String> names) {
        return new AgencyRef(id, names.getOrDefault(id, id.toString()));
    }

    private Map<UUID, String> agencyNames() {
        return directory.organisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportDeadline.VIETNAM));
    }
}
