package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/** A periodic progress report the signed contract schedules; late when sent after its due day (Vietnam time). */
@Entity(name = "ExecutionProgressReport")
@Table(schema = "projects", name = "report_progress")
class ProgressReport extends TaskRecord {

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    private @Nullable Instant submittedAt;
    private boolean late;
    private @Nullable Integer progressPercent;
    private @Nullable String content;
    private @Nullable String reviewNote;

    @Version
    private long version;

    protected ProgressReport() {}

    ProgressReport(UUID taskId, int number, LocalDate dueOn) {
        super(taskId, number);
        this.dueOn = dueOn;
        this.state = ReportState.DUE;
    }

    void submit(String content, int progressPercent, Instant now) {
        if (state != ReportState.DUE) {
            throw DomainException.conflict("execution.error.reportState", state.name());
        }
        if (content == null || content.isBlank()) {
            throw DomainException.refused("execution.error.reportContent");
        }
        if (progressPercent < 0 || progressPercent > 100) {
            throw DomainException.refused("execution.error.reportPercent");
        }
        this.state = ReportState.SUBMITTED;
        this.content = content;
        this.progressPercent = progressPercent;
        this.submittedAt = now;
        this.late = Deadlines.isLate(dueOn, now);
    }

    void accept(@Nullable String note) {
        if (state != ReportState.SUBMITTED) {
            throw DomainException.conflict("execution.error.reportState", state.name());
        }
        this.state = ReportState.ACCEPTED;
        this.reviewNote = note;
    }

    /** Still not sent after its due day, on this Vietnam day. */
    boolean overdueOn(LocalDate today) {
        return state == ReportState.DUE && today.isAfter(dueOn);
    }

    /**
     * An approved schedule extension moves a report not yet sent by whole months; its reminders
     * are sent again for the new date (the reminder ledger keys them by due day, ADR 0045). Sent reports keep their date (and their lateness).
     */
    boolean postpone(int months) {
        if (state != ReportState.DUE || months <= 0) {
            return false;
        }
        dueOn = dueOn.plusMonths(months);
        return true;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ReportState state() {
        return state;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    boolean late() {
        return late;
    }

    @Nullable
    Integer progressPercent() {
        return progressPercent;
    }

    @Nullable
    String content() {
        return content;
    }

    @Nullable
    String reviewNote() {
        return reviewNote;
    }
}
