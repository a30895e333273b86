package vn.doimoi.programs;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action assigned to an agency ({@link ProgrammeImport}).
 *
 * @param taskGroup the task group's position in the programme, from 1
 */
public record ImportedAssignment(
        int taskGroup,
        String title,
        @Nullable String description,
        UUID leadAgencyId,
        Set<UUID> cooperatingAgencies,
        @Nullable String expectedOutputs,
        Recurrence recurrence,
        LocalDate startsOn,
        @Nullable LocalDate deadline) {

    public ImportedAssignment {
        cooperatingAgencies = Set.copyOf(cooperatingAgencies);
    }
}
