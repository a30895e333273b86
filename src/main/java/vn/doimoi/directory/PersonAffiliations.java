package vn.doimoi.directory;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a person works and worked, and the relatives they declared: the facts a council needs
 * to find conflicts of interest. Private: never shown publicly.
 */
public record PersonAffiliations(
        UUID personId,
        @Nullable UUID currentOrganisationId,
        Set<UUID> pastOrganisationIds,
        @Nullable String declaredRelatives,
        @Nullable UUID userId) {

    public PersonAffiliations {
        pastOrganisationIds = Set.copyOf(pastOrganisationIds);
    }
}
