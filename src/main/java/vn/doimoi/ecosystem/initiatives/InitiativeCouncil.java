package vn.doimoi.ecosystem.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.ReviewOutcome;
import vn.doimoi.projects.ReviewParty;
import vn.doimoi.projects.ReviewSubjectOwner;
import vn.doimoi.shared.DomainException;

/**
 * What the initiative council judges, told to the one council engine (ADR 0068): the initiative
 * itself, one item; its author and co-authors (and the author's organisation) are the parties a
 * member must not be tied to. The conclusion moves the initiative to passed or not passed.
 */
@Component
class InitiativeCouncil implements ReviewSubjectOwner {

    static final String KIND = "initiative";

    private final InitiativeRepository initiatives;

    InitiativeCouncil(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title(UUID subjectId) {
        return load(subjectId).title();
    }

    @Override
    public Map<UUID, String> items(UUID subjectId) {
        return Map.of(subjectId, load(subjectId).title());
    }

    @Override
    public List<ReviewParty> parties(UUID subjectId) {
        Initiative initiative = load(subjectId);
        List<String> names = new ArrayList<>();
        names.add(initiative.authorName());
        initiative.coAuthors().forEach(c -> names.add(c.fullName()));
        Set<UUID> people = initiative.authorPersonId() == null ? Set.of() : Set.of(initiative.authorPersonId());
        return List.of(new ReviewParty(initiative.organisationId(), people, names));
    }

    @Override
    public void checkScoring(UUID subjectId) {
        if (load(subjectId).state() != InitiativeState.IN_COUNCIL) {
            throw DomainException.conflict("initiatives.error.notInCouncil");
        }
    }

    @Override
    public void concluded(UUID subjectId, ReviewOutcome outcome) {
        Initiative initiative = load(subjectId);
        ReviewOutcome.ItemResult result = outcome.of(subjectId);
        initiative.concluded(result.passed(), result.average());
        initiatives.saveAndFlush(initiative);
    }

    private Initiative load(UUID id) {
        return initiatives.findById(id).orElseThrow(() -> DomainException.notFound("initiatives.error.notFound"));
    }
}
