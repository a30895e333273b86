package vn.doimoi.programs.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doimoi.programs.Recurrence;
import vn.doimoi.programs.monitoring.AssignmentData;

/** STAFF's form to assign an action of a task group to an agency. */
public record AssignmentForm(
        @NotNull UUID taskGroupId,
        @NotBlank @Size(max = 500) String title,
        @Nullable @Size(max = 5000) String description,
        @NotNull UUID leadAgencyId,
        @Nullable List<UUID> cooperatingAgencies,
        @Nullable @Size(max = 5000) String expectedOutputs,
        @NotNull Recurrence recurrence,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate deadline) {

    static AssignmentForm empty(@Nullable UUID taskGroupId, LocalDate today) {
        return new AssignmentForm(taskGroupId, "", "", null, List.of(), "", Recurrence.QUARTERLY, today, null);
    }

    AssignmentData data() {
        return new AssignmentData(
                taskGroupId,
                title,
                description,
                leadAgencyId,
                cooperatingAgencies == null ? java.util.Set.of() : new LinkedHashSet<>(cooperatingAgencies),
                expectedOutputs,
                recurrence,
                startsOn,
                deadline);
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public boolean cooperates(UUID agency) {
        return cooperatingAgencies != null && cooperatingAgencies.contains(agency);
    }
}
