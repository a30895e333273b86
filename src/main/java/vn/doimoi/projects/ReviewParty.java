package vn.doimoi.projects;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is behind an item a review council judges: the organisation (if any) and the people (authors,
 * nominees) by their directory ids and names. A member who is one of them, works there or declared
 * a relation with them has a conflict of interest, as the council's rule version says.
 */
public record ReviewParty(@Nullable UUID organisationId, Set<UUID> personIds, List<String> personNames) {

    public ReviewParty {
        personIds = Set.copyOf(personIds);
        personNames = List.copyOf(personNames);
    }
}
