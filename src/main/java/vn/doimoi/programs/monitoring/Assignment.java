package vn.doimoi.programs.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.programs.Recurrence;
import vn.doimoi.programs.ReportPeriod;

/** A concrete action under a task group (phân công), led by one agency with cooperating ones. */
@Entity
@Table(schema = "programs", name = "assignment")
class Assignment {

    @Id
    private UUID id;

    private UUID taskGroupId;
    private String title;
    private @Nullable String description;
    private UUID leadAgencyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "programs",
            name = "assignment_cooperating_agency",
            joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "agency_id")
    private Set<UUID> cooperatingAgencies = new LinkedHashSet<>();

    private @Nullable String expectedOutputs;

    @Enumerated(EnumType.STRING)
    private Recurrence recurrence;

    private LocalDate startsOn;
    private @Nullable LocalDate deadline;
    private Instant createdAt;

    @Version
    private long version;

    protected Assignment() {}

    Assignment(AssignmentData data, Instant now) {
        this.id = UUID.randomUUID();
        this.taskGroupId = data.taskGroupId();
        this.title = data.title();
        this.description = data.description();
        this.leadAgencyId = data.leadAgencyId();
        this.cooperatingAgencies = new LinkedHashSet<>(data.cooperatingAgencies());
        this.cooperatingAgencies.remove(data.leadAgencyId());
        this.expectedOutputs = data.expectedOutputs();
        this.recurrence = data.recurrence();
        this.startsOn = data.startsOn();
        this.deadline = data.deadline();
        this.createdAt = now;
    }

    /** The periods an agency reports on, from the start up to today (and not past the deadline's period). */
    List<ReportPeriod> periodsDueBy(LocalDate today) {
        LocalDate last = deadline != null && deadline.isBefore(today) ? deadline : today;
        if (last.isBefore(startsOn)) {
            return List.of();
        }
        return recurrence.periodsBetween(startsOn, last);
    }

    /** Whether this period is one the assignment reports on. */
    boolean reportsOn(ReportPeriod period) {
        ReportPeriod first = recurrence.periodContaining(startsOn);
        return recurrence.periodContaining(period.start()).equals(period)
                && !period.start().isBefore(first.start())
                && (deadline == null || !period.start().isAfter(deadline));
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("taskGroupId", taskGroupId.toString());
        state.put("title", title);
        state.put("leadAgencyId", leadAgencyId.toString());
        state.put(
                "cooperatingAgencies",
                cooperatingAgencies.stream().map(UUID::toString).toList());
        state.put("recurrence", recurrence.name());
        state.put("startsOn", startsOn.toString());
        state.put("deadline", deadline == null ? null : deadline.toString());
        return state;
    }

    UUID id() {
        return id;
    }

    UUID taskGroupId() {
        return taskGroupId;
    }

    String title() {
        return title;
    }

    @Nullable
    String description() {
        return description;
    }

    UUID leadAgencyId() {
        return leadAgencyId;
    }

    Set<UUID> cooperatingAgencies() {
        return cooperatingAgencies;
    }

    @Nullable
    String expectedOutputs() {
        return expectedOutputs;
    }

    Recurrence recurrence() {
        return recurrence;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    @Nullable
    LocalDate deadline() {
        return deadline;
    }
}
