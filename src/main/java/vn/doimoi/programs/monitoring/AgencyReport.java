package vn.doimoi.programs.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.programs.ProgressStatus;
import vn.doimoi.programs.ReportDeadline;
import vn.doimoi.programs.ReportPeriod;
import vn.doimoi.programs.ReportState;
import vn.doimoi.shared.DomainException;

/**
 * An agency's periodic report (báo cáo) on an assignment. Its review is a small state machine:
 * SUBMITTED → ACCEPTED, or SUBMITTED → CHANGES_REQUESTED → (resubmitted) SUBMITTED.
 */
@Entity
@Table(schema = "programs", name = "agency_report")
class AgencyReport {

    @Id
    private UUID id;

    private UUID assignmentId;
    private UUID agencyId;
    private String period;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    @Enumerated(EnumType.STRING)
    private ProgressStatus progress;

    private String narrative;
    private @Nullable String reviewNote;
    private Instant submittedAt;
    private @Nullable Instant reviewedAt;
    private boolean late;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "programs",
            name = "report_indicator_value",
            joinColumns = @JoinColumn(name = "report_id"))
    private List<IndicatorValue> values = new ArrayList<>();

    @Version
    private long version;

    protected AgencyReport() {}

    AgencyReport(
            UUID assignmentId,
            UUID agencyId,
            ReportPeriod period,
            LocalDate dueOn,
            ProgressStatus progress,
            String narrative,
            List<IndicatorValue> values,
            Instant now) {
        this.id = UUID.randomUUID();
        this.assignmentId = assignmentId;
        this.agencyId = agencyId;
        this.period = period.code();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.dueOn = dueOn;
        this.state = ReportState.SUBMITTED;
        this.progress = progress;
        this.narrative = narrative;
        this.values = new ArrayList<>(values);
        this.submittedAt = now;
        this.late = ReportDeadline.isLate(dueOn, now);
    }

    /** The agency sends a corrected report after STAFF asked for changes. */
    void resubmit(ProgressStatus progress, String narrative, List<IndicatorValue> values, Instant now) {
        require(ReportState.CHANGES_REQUESTED);
        this.state = ReportState.SUBMITTED;
        this.progress = progress;
        this.narrative = narrative;
        this.values.clear();
        this.values.addAll(values);
        this.submittedAt = now;
        this.late = this.late || ReportDeadline.isLate(dueOn, now);
    }

    /** STAFF accepts the report; its indicator values then count. */
    void accept(@Nullable String note, Instant now) {
        require(ReportState.SUBMITTED);
        this.state = ReportState.ACCEPTED;
        this.reviewNote = note;
        this.reviewedAt = now;
    }

    /** STAFF sends the report back with what to change. */
    void requestChanges(String note, Instant now) {
        require(ReportState.SUBMITTED);
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("programs.error.reviewNoteRequired");
        }
        this.state = ReportState.CHANGES_REQUESTED;
        this.reviewNote = note;
        this.reviewedAt = now;
    }

    private void require(ReportState expected) {
        if (state != expected) {
            throw DomainException.conflict("programs.error.reportState", state.name());
        }
    }

    Map<String, Object> auditState() {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("assignmentId", assignmentId.toString());
        audit.put("agencyId", agencyId.toString());
        audit.put("period", period);
        audit.put("state", state.name());
        audit.put("progress", progress.name());
        audit.put("late", late);
        audit.put("reviewNote", reviewNote);
        Map<String, String> byIndicator = new LinkedHashMap<>();
        values.forEach(value ->
                byIndicator.put(value.indicatorId().toString(), value.value().toPlainString()));
        audit.put("values", byIndicator);
        return audit;
    }

    UUID id() {
        return id;
    }

    UUID assignmentId() {
        return assignmentId;
    }

    UUID agencyId() {
        return agencyId;
    }

    ReportPeriod period() {
        return new ReportPeriod(period, periodStart, periodEnd);
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ReportState state() {
        return state;
    }

    ProgressStatus progress() {
        return progress;
    }

    String narrative() {
        return narrative;
    }

    @Nullable
    String reviewNote() {
        return reviewNote;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    Instant reviewedAt() {
        return reviewedAt;
    }

    boolean late() {
        return late;
    }

    List<IndicatorValue> values() {
        return List.copyOf(values);
    }

    long version() {
        return version;
    }

    /** One indicator value in a report; for a ratio, with the two figures that make it. */
    @Embeddable
    record IndicatorValue(
            @Column(name = "indicator_id") UUID indicatorId,
            @Column(name = "value") BigDecimal value,
            @Column(name = "numerator") @Nullable BigDecimal numerator,
            @Column(name = "denominator") @Nullable BigDecimal denominator) {}
}
