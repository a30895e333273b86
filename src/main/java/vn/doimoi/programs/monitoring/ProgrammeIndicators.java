package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.programs.IndicatorSource;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.ReportDeadline;
import vn.doimoi.programs.ReportState;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring.ReportInput;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * A programme's indicators against their targets: actual values come from accepted agency reports
 * or, for computed indicators, from the other modules at each year's end. STAFF publishes them and
 * sets targets; agencies enter values in their reports.
 */
@Component
class ProgrammeIndicators {

    private static final String INDICATOR = "programs.indicator";

    private final IndicatorRepository indicators;
    private final TaskGroupRepository taskGroups;
    private final AgencyReportRepository reports;
    private final MonitoringRecords records;
    private final Map<String, IndicatorComputation> computations;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeIndicators(
            IndicatorRepository indicators,
            TaskGroupRepository taskGroups,
            AgencyReportRepository reports,
            MonitoringRecords records,
            List<IndicatorComputation> computations,
            EcosystemComputations ecosystem,
            AuditLog audit,
            Clock clock) {
        this.indicators = indicators;
        this.taskGroups = taskGroups;
        this.reports = reports;
        this.records = records;
        this.computations = Stream.concat(computations.stream(), ecosystem.all().stream())
                .collect(Collectors.toMap(IndicatorComputation::key, Function.identity()));
        this.audit = audit;
        this.clock = clock;
    }

    /** STAFF shows or hides an indicator on the public page. */
    void publish(UUID id, boolean published) {
        Indicator indicator = records.indicator(id);
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
    void setTarget(UUID id, int year, @Nullable BigDecimal target) {
        Indicator indicator = records.indicator(id);
        Programme programme = records.programme(indicator.programmeId());
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

    List<IndicatorView> of(Programme programme, boolean publishedOnly, LocalDate today) {
        List<Indicator> list = indicators.findByProgrammeIdOrderByCode(programme.id()).stream()
                .filter(i -> !publishedOnly || i.published())
                .toList();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> positions = taskGroups.findByProgrammeIdOrderByPosition(programme.id()).stream()
                .collect(Collectors.toMap(TaskGroup::id, g -> g.toView().position()));
        Map<UUID, List<IndicatorSeries.AcceptedValue>> accepted = acceptedValues(programme);
        int thisYear = today.getYear();
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

    /**
     * The values an agency entered, checked: only indicators of the assignment's task group count,
     * ratios need both figures, nothing is negative.
     */
    List<AgencyReport.IndicatorValue> entered(Assignment assignment, UUID programmeId, ReportInput input) {
        Map<UUID, Indicator> reportable = indicators.findByProgrammeIdOrderByCode(programmeId).stream()
                .filter(i -> i.source() != IndicatorSource.COMPUTED)
                .filter(i -> assignment.taskGroupId().equals(i.taskGroupId()))
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
        List<UUID> assignmentIds = records.assignmentsOf(records.view(programme)).stream()
                .map(Assignment::id)
                .toList();
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
}
