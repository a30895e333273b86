package vn.doimoi.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A programme with its task groups, in order. */
public record ProgrammeView(
        UUID id,
        String number,
        String title,
        String issuingBody,
        LocalDate issuedOn,
        int periodFrom,
        int periodTo,
        @Nullable String summary,
        @Nullable String documentNumber,
        @Nullable String documentUrl,
        List<TaskGroupView> taskGroups) {

    public TaskGroupView taskGroup(UUID id) {
        return taskGroups.stream()
                .filter(group -> group.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
