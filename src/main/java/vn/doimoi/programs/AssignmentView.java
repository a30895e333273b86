package vn.doimoi.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An action under a task group, assigned to a lead agency, with where it stands. */
public record AssignmentView(
        UUID id,
        UUID programmeId,
        UUID taskGroupId,
        int taskGroupPosition,
        String title,
        @Nullable String description,
        AgencyRef leadAgency,
        List<AgencyRef> cooperatingAgencies,
        @Nullable String expectedOutputs,
        Recurrence recurrence,
        LocalDate startsOn,
        @Nullable LocalDate deadline,
        ProgressStatus progress,
        boolean overdue) {

    /** What the dashboards count: done, late (reported late or overdue), in progress, not started. */
    public ProgressStatus effectiveProgress() {
        if (progress == ProgressStatus.DONE) {
            return ProgressStatus.DONE;
        }
        return overdue ? ProgressStatus.LATE : progress;
    }
}
