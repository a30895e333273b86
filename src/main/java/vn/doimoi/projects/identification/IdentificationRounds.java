package vn.doimoi.projects.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilView;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.MySeat;
import vn.doimoi.projects.identification.RoundViews.OrderedListView;
import vn.doimoi.projects.identification.RoundViews.OutcomeView;
import vn.doimoi.projects.identification.RoundViews.RoundSummary;
import vn.doimoi.projects.identification.RoundViews.RoundView;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.proposals.ProposalRepository;
import vn.doimoi.projects.proposals.ProposalState;
import vn.doimoi.projects.proposals.Proposals;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.selection.CallAccess;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;

/** Identification rounds as STAFF and the council's members read them, with the council from the engine. */
@Service
@Transactional(readOnly = true)
public class IdentificationRounds {

    private final RoundRepository rounds;
    private final OrderedListRepository lists;
    private final ProposalRepository proposals;
    private final Councils councils;
    private final RuleSets ruleSets;
    private final Directory directory;
    private final CallAccess access;

    @Autowired
    public IdentificationRounds(
            RoundRepository rounds,
            OrderedListRepository lists,
            ProposalRepository proposals,
            Councils councils,
            RuleSets ruleSets,
            Directory directory,
            CallAccess access) {
        this.rounds = rounds;
        this.lists = lists;
        this.proposals = proposals;
        this.councils = councils;
        this.ruleSets = ruleSets;
        this.directory = directory;
        this.access = access;
    }

    public List<RoundSummary> rounds() {
        access.requireStaff();
        return rounds.findAllByOrderByYearDesc().stream()
                .map(r -> summary(
                        r, lists.findByRoundId(r.id()).map(OrderedList::state).orElse(null)))
                .toList();
    }

    /** Proposals STAFF may still group into a round. */
    public List<Proposals.ProposalView> ungrouped() {
        access.requireStaff();
        return proposals.findByStateOrderByCreatedAt(ProposalState.SUBMITTED).stream()
                .map(p -> Proposals.ProposalView.of(p, orgName(p.organisationId())))
                .toList();
    }

    /** A round for STAFF, or for a seated member (who sees their own seat and sheets). */
    public RoundView round(UUID id) {
        IdentificationRound round = loadRound(id);
        UUID councilId = round.councilId();
        if (councilId == null && !access.isStaff()) {
            throw DomainException.forbidden("council.error.notMember");
        }
        // the engine lets STAFF and the council's members read it, no one else
        Optional<CouncilView> council = Optional.ofNullable(councilId).map(councils::view);
        MySeat mySeat = councilId == null ? null : councils.mySeat(councilId).orElse(null);
        List<OutcomeView> outcomes = new ArrayList<>();
        for (RoundOutcome o : round.outcomes()) {
            Proposal p = proposals.findById(o.proposalId()).orElseThrow();
            outcomes.add(new OutcomeView(
                    p.id(),
                    orgName(p.organisationId()),
                    p.title(),
                    p.problem(),
                    o.taskName(),
                    o.objectives(),
                    o.method(),
                    round.productsOf(p.id()).stream()
                            .map(OrderedProduct::toProduct)
                            .toList(),
                    o.average(),
                    o.votesFor(),
                    o.votesCast(),
                    o.priority(),
                    o.recommended(),
                    p.state(),
                    p.callId(),
                    p.version()));
        }
        OrderedListView list = lists.findByRoundId(id)
                .map(l -> new OrderedListView(
                        l.id(),
                        l.state(),
                        l.decisionNumber(),
                        l.decisionDate(),
                        l.signer(),
                        l.fileName(),
                        l.fileSha256(),
                        l.fileSize(),
                        l.version()))
                .orElse(null);
        return new RoundView(
                round.id(),
                round.year(),
                round.title(),
                round.state(),
                ruleSets.get(round.ruleSetId()),
                councilId,
                council.map(CouncilView::decisionNumber).orElse(null),
                council.map(CouncilView::state).orElse(null),
                round.concludedAt(),
                outcomes,
                council.map(CouncilView::members).orElse(List.of()),
                council.map(CouncilView::results).orElse(List.of()),
                list,
                mySeat,
                round.version(),
                council.map(CouncilView::version).orElse(-1L));
    }

    /** The rounds whose council the signed-in expert sits on. */
    public List<RoundSummary> myRounds() {
        return councils.mine(CouncilPurpose.IDENTIFICATION).stream()
                .map(c -> rounds.findById(c.subjectId()))
                .flatMap(Optional::stream)
                .map(r -> summary(r, null))
                .toList();
    }

    private static RoundSummary summary(IdentificationRound r, @Nullable OrderedListState listState) {
        return new RoundSummary(
                r.id(),
                r.year(),
                r.title(),
                r.state(),
                r.outcomes().size(),
                r.recommended().size(),
                listState);
    }

    /** The council of a round, which the engine runs; refused while the round has none. */
    public UUID councilOf(UUID roundId) {
        UUID councilId = loadRound(roundId).councilId();
        if (councilId == null) {
            throw DomainException.conflict("identification.error.noCouncil");
        }
        return councilId;
    }

    private IdentificationRound loadRound(UUID id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
    }

    private String orgName(UUID id) {
        return directory.organisation(id).map(OrganisationSummary::name).orElse("?");
    }
}
