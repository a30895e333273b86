package vn.doimoi.ecosystem.startups;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.OrganisationCandidate;
import vn.doimoi.market.OrganisationCandidates;

/**
 * Recognised startups and innovation organisations offered to the market's matching of a demand:
 * those sharing a field with it, or a sector (the first three digits: "40101" and "40102" are both
 * crop growing), those sharing more fields first.
 */
@Component
class StartupCandidates implements OrganisationCandidates {

    private final StartupCatalogue catalogue;

    StartupCandidates(StartupCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationCandidate> forFields(Set<String> fieldCodes, int limit) {
        if (fieldCodes.isEmpty() || limit < 1) {
            return List.of();
        }
        return catalogue.all().stream()
                .map(card -> new OrganisationCandidate(
                        card.profile().organisationId(),
                        card.name(),
                        "startups.kind." + card.profile().kind().name(),
                        "/ecosystem/startups/" + card.profile().id(),
                        shared(card.profile().fieldCodes(), fieldCodes)))
                .filter(candidate -> !candidate.sharedFields().isEmpty())
                .sorted(Comparator.comparingInt(
                                (OrganisationCandidate c) -> c.sharedFields().size())
                        .reversed())
                .limit(limit)
                .toList();
    }

    /** The profile's codes that are, contain, lie in, or share a sector with one of the demand's. */
    static List<String> shared(Set<String> profileCodes, Set<String> demandCodes) {
        return profileCodes.stream()
                .filter(mine -> demandCodes.stream().anyMatch(theirs -> related(mine, theirs)))
                .sorted()
                .toList();
    }

    private static boolean related(String a, String b) {
        if (a.startsWith(b) || b.startsWith(a)) {
            return true;
        }
        return a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
    }
}
