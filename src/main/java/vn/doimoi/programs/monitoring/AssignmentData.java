package vn.doimoi.programs.monitoring;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.programs.Recurrence;

/** What STAFF fills in to assign an action to an agency. */
public record AssignmentData(
        UUID taskGroupId,
        String title,
        @Nullable String description,
        UUID leadAgencyId,
        Set<UUID> cooperatingAgencies,
        @Nullable String expectedOutputs,
        Recurrence recurrence,
        LocalDate startsOn,
        @Nullable LocalDate deadline) {}
