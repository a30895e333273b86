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

/**
 * The host's request to adjust its task (schedule, content, budget lines, personnel) with its
 * reason, and the Department's decision on it: approved or rejected with a reason, by a numbered
 * decision of a given date. Only a requested adjustment can be decided or withdrawn; a schedule
 * extension names its months (1 to 12, Circular 04/2015 allows one extension of at most 12).
 */
@Entity(name = "ExecutionAdjustment")
@Table(schema = "projects", name = "adjustment")
class Adjustment extends TaskRecord {

    @Enumerated(EnumType.STRING)
    private AdjustmentKind kind;

    private String description;
    private String reason;
    private @Nullable Integer extensionMonths;

    @Enumerated(EnumType.STRING)
    private AdjustmentState state;

    private String requestedBy;
    private Instant requestedAt;
    private @Nullable String decisionNumber;
    private @Nullable LocalDate decidedOn;
    private @Nullable String decisionNote;
    private @Nullable String decidedBy;

    @Version
    private long version;

    protected Adjustment() {}

    Adjustment(
            UUID taskId,
            int number,
            AdjustmentKind kind,
            String description,
            String reason,
            @Nullable Integer extensionMonths,
            int maxExtensionMonths,
            String requestedBy,
            Instant now) {
        super(taskId, number);
        if (description == null || description.isBlank()) {
            throw DomainException.refused("execution.adjustment.error.description");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.refused("execution.adjustment.error.reason");
        }
        if (kind == AdjustmentKind.SCHEDULE) {
            if (extensionMonths == null || extensionMonths < 1 || extensionMonths > maxExtensionMonths) {
                throw DomainException.refused("execution.adjustment.error.months", maxExtensionMonths);
            }
        } else {
            extensionMonths = null;
        }
        this.kind = kind;
        this.description = description.strip();
        this.reason = reason.strip();
        this.extensionMonths = extensionMonths;
        this.state = AdjustmentState.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void approve(String decisionNumber, LocalDate on, @Nullable String note, String by, LocalDate today) {
        decide(AdjustmentState.APPROVED, decisionNumber, on, note, by, today);
    }

    void reject(String decisionNumber, LocalDate on, String note, String by, LocalDate today) {
        if (note == null || note.isBlank()) {
            throw DomainException.refused("execution.adjustment.error.rejectReason");
        }
        decide(AdjustmentState.REJECTED, decisionNumber, on, note, by, today);
    }

    void withdraw() {
        requireRequested();
        this.state = AdjustmentState.WITHDRAWN;
    }

    private void decide(
            AdjustmentState outcome,
            String decisionNumber,
            LocalDate on,
            @Nullable String note,
            String by,
            LocalDate today) {
        requireRequested();
        if (decisionNumber == null || decisionNumber.isBlank()) {
            throw DomainException.refused("execution.adjustment.error.decisionNumber");
        }
        if (on == null || on.isAfter(today)) {
            throw DomainException.refused("execution.adjustment.error.decisionDate");
        }
        this.state = outcome;
        this.decisionNumber = decisionNumber.strip();
        this.decidedOn = on;
        this.decisionNote = note == null ? null : note.strip();
        this.decidedBy = by;
    }

    private void requireRequested() {
        if (state != AdjustmentState.REQUESTED) {
            throw DomainException.conflict("execution.adjustment.error.state", state.name());
        }
    }

    /** Months the report due dates move once this adjustment is approved; 0 otherwise. */
    int approvedExtensionMonths() {
        return state == AdjustmentState.APPROVED && kind == AdjustmentKind.SCHEDULE && extensionMonths != null
                ? extensionMonths
                : 0;
    }

    AdjustmentKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    String reason() {
        return reason;
    }

    @Nullable
    Integer extensionMonths() {
        return extensionMonths;
    }

    AdjustmentState state() {
        return state;
    }

    String requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    @Nullable
    String decisionNumber() {
        return decisionNumber;
    }

    @Nullable
    LocalDate decidedOn() {
        return decidedOn;
    }

    @Nullable
    String decisionNote() {
        return decisionNote;
    }

    long version() {
        return version;
    }
}
