package vn.doimoi.ecosystem.awards;

import java.util.LinkedHashMap;
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
 * What the award council judges, told to the one council engine (ADR 0068): a round, whose items are
 * its accepted nominations; the nominating organisations and the persons nominated are the parties a
 * member must not be tied to. The conclusion passes each nomination or not, in the same transaction.
 */
@Component
class RoundCouncil implements ReviewSubjectOwner {

    static final String KIND = "award-round";

    private static final Set<NominationState> REVIEWED = java.util.EnumSet.of(
            NominationState.ACCEPTED, NominationState.PASSED, NominationState.NOT_PASSED, NominationState.AWARDED);

    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;

    RoundCouncil(AwardRoundRepository rounds, NominationRepository nominations) {
        this.rounds = rounds;
        this.nominations = nominations;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title(UUID subjectId) {
        return round(subjectId).title();
    }

    @Override
    public Map<UUID, String> items(UUID subjectId) {
        Map<UUID, String> items = new LinkedHashMap<>();
        reviewed(subjectId).forEach(n -> items.put(n.id(), n.nomineeName() + " — " + n.achievement()));
        return items;
    }

    @Override
    public List<ReviewParty> parties(UUID subjectId) {
        return reviewed(subjectId).stream()
                .map(n -> new ReviewParty(
                        n.nominatorOrganisationId(),
                        Set.of(),
                        n.nomineeKind() == NomineeKind.PERSON ? List.of(n.nomineeName()) : List.of()))
                .toList();
    }

    @Override
    public void checkScoring(UUID subjectId) {
        if (round(subjectId).state() != RoundState.IN_COUNCIL) {
            throw DomainException.conflict("awards.error.notInCouncil");
        }
    }

    @Override
    public void concluded(UUID subjectId, ReviewOutcome outcome) {
        AwardRound round = round(subjectId);
        List<Nomination> accepted = accepted(subjectId);
        for (Nomination nomination : accepted) {
            ReviewOutcome.ItemResult result = outcome.of(nomination.id());
            nomination.concluded(result.passed(), result.average());
        }
        round.reviewed();
        nominations.saveAllAndFlush(accepted);
        rounds.saveAndFlush(round);
    }

    /** The nominations the council judges: those STAFF accepted, before and after its conclusion. */
    private List<Nomination> reviewed(UUID roundId) {
        return nominations.findByRoundIdOrderBySubmittedAtAsc(roundId).stream()
                .filter(n -> REVIEWED.contains(n.state()))
                .toList();
    }

    private List<Nomination> accepted(UUID roundId) {
        return nominations.findByRoundIdAndStateOrderBySubmittedAtAsc(roundId, NominationState.ACCEPTED);
    }

    private AwardRound round(UUID id) {
        return rounds.findById(id).orElseThrow(() -> DomainException.notFound("awards.error.notFound"));
    }
}
