package vn.doimoi.projects.councils.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.CouncilRole;

/**
 * STAFF's formation of an acceptance council as posted: the decision's number and, for each expert
 * chosen, a role ({@code roles[<personId>]=CHAIR|REVIEWER|…}); an empty role leaves the expert out.
 */
record AcceptanceCouncilForm(
        @NotBlank @Size(max = 100) @Nullable String decisionNumber,
        @Nullable Map<UUID, @Nullable CouncilRole> roles) {

    /** The experts seated, each with their role. */
    Map<UUID, CouncilRole> seats() {
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        if (roles != null) {
            roles.forEach((person, role) -> {
                if (role != null) {
                    seats.put(person, role);
                }
            });
        }
        return seats;
    }
}
