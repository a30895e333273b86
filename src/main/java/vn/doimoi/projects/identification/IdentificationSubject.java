package vn.doimoi.projects.identification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilSubject;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.proposals.ProposalRepository;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;

/**
 * What an identification council judges: the round's proposals, by title; a member working at a
 * proposing organisation has a conflict of interest. Sheets are taken while the round is in council.
 */
@Component
class IdentificationSubject implements CouncilSubject {

    private final RoundRepository rounds;
    private final ProposalRepository proposals;
    private final Notices notices;

    IdentificationSubject(RoundRepository rounds, ProposalRepository proposals, Notices notices) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.notices = notices;
    }

    @Override
    public CouncilPurpose purpose() {
        return CouncilPurpose.IDENTIFICATION;
    }

    @Override
    public Map<UUID, String> items(UUID roundId) {
        Map<UUID, String> items = new LinkedHashMap<>();
        for (UUID id : round(roundId).proposalIds()) {
            items.put(id, proposals.findById(id).map(Proposal::title).orElse("?"));
        }
        return items;
    }

    @Override
    public List<ConflictRules.DossierFacts> parties(UUID roundId) {
        return round(roundId).proposalIds().stream()
                .map(id -> proposals.findById(id).map(Proposal::organisationId).orElseThrow())
                .distinct()
                .map(org -> new ConflictRules.DossierFacts(org, Set.of(), Set.of(), List.of()))
                .toList();
    }

    @Override
    public Invitation invitation(UUID roundId, UUID councilId, CouncilRole role) {
        IdentificationRound round = round(roundId);
        return new Invitation(
                notices.t("identification.notify.invited.subject", round.year()),
                notices.t(
                        "identification.notify.invited.body", notices.t("council.role." + role.name()), round.title()),
                "/identification/" + roundId);
    }

    @Override
    public void checkScoring(UUID roundId) {
        IdentificationRound round = round(roundId);
        if (round.state() != RoundState.IN_COUNCIL) {
            throw DomainException.conflict(
                    "identification.error.transition", "score", round.state().name());
        }
    }

    private IdentificationRound round(UUID id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
    }
}
