package vn.doimoi.market;

import java.util.List;
import java.util.Set;

/**
 * Organisations another module offers as candidates for a demand's matching. The market asks; the
 * module that keeps them answers (the ecosystem's recognised startups and innovation organisations),
 * so the market depends on no such module.
 */
public interface OrganisationCandidates {

    /** At most {@code limit} organisations working in or next to these fields (a shared field or sector). */
    List<OrganisationCandidate> forFields(Set<String> fieldCodes, int limit);
}
