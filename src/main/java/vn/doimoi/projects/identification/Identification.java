package vn.doimoi.projects.identification;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.councils.Conclusion;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.proposals.ProposalRepository;
import vn.doimoi.projects.proposals.ProposalState;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.selection.CallAccess;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Stage 2: a year's identification round, its council (run by the council engine, {@link
 * Councils}: members from the directory's experts, conflicts found from the data, sheets and votes
 * online or on paper), the outcome it fixes for each proposal; concluding drafts the ordered list
 * ({@link OrderedLists} records its approval). Reads are {@link IdentificationRounds}'. Every change
 * checks who acts, goes through the aggregate's transition and is audited in the same transaction.
 */
@Service
@Transactional
public class Identification {

    private final RoundRepository rounds;
    private final OrderedListRepository lists;
    private final ProposalRepository proposals;
    private final Councils councils;
    private final CallAccess access;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    public Identification(
            RoundRepository rounds,
            OrderedListRepository lists,
            ProposalRepository proposals,
            Councils councils,
            CallAccess access,
            Notices notices,
            AuditLog audit,
            Clock clock) {
        this.rounds = rounds;
        this.lists = lists;
        this.proposals = proposals;
        this.councils = councils;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** STAFF opens the round of a year (one per year), under the identification rules in force. */
    public UUID createRound(int year, String title) {
        requireStaff();
        if (rounds.findByYear(year).isPresent()) {
            throw DomainException.conflict("identification.error.yearTaken", year);
        }
        IdentificationRound round = new IdentificationRound(
                year,
                title,
                councils.rulesInForce(CouncilPurpose.IDENTIFICATION).id(),
                clock.instant());
        rounds.save(round);
        audit.record("identification.created", "projects.round", round.id().toString(), null, round.auditState());
        return round.id();
    }

    /** STAFF groups submitted proposals into the round. */
    public void addProposals(UUID roundId, long version, List<UUID> proposalIds) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        checkVersion(round.version(), version);
        Map<String, Object> before = round.auditState();
        for (UUID id : proposalIds) {
            Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
            round.add(proposal);
            proposals.save(proposal);
            audit.record(
                    "proposal.grouped",
                    "projects.proposal",
                    id.toString(),
                    Map.of("state", ProposalState.SUBMITTED.name()),
                    proposal.auditState());
        }
        rounds.saveAndFlush(round);
        audit.record("identification.grouped", "projects.round", roundId.toString(), before, round.auditState());
    }

    /** STAFF forms the identification council: the round's proposals are fixed from now on. */
    public UUID formCouncil(UUID roundId, long version, @Nullable String decisionNumber) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        checkVersion(round.version(), version);
        Map<String, Object> before = round.auditState();
        UUID councilId = councils.form(CouncilPurpose.IDENTIFICATION, roundId, round.ruleSetId(), decisionNumber);
        round.formCouncil(councilId);
        rounds.saveAndFlush(round);
        audit.record("identification.councilFormed", "projects.round", roundId.toString(), before, round.auditState());
        return councilId;
    }

    /** STAFF records the council's conclusions on a proposal: task name, objectives, method, products. */
    public void fixOutcome(
            UUID roundId,
            long version,
            UUID proposalId,
            String taskName,
            String objectives,
            SelectionMethod method,
            List<CallData.Product> products) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        checkVersion(round.version(), version);
        round.fixOutcome(proposalId, taskName, objectives, method, products);
        rounds.saveAndFlush(round);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("proposal", proposalId.toString());
        after.put("taskName", taskName);
        after.put("method", method.name());
        after.put("products", products.size());
        audit.record("identification.outcomeFixed", "projects.round", roundId.toString(), null, after);
    }

    /**
     * Counts the sheets and votes and ends the round: recommended proposals are shortlisted with
     * their score and method, the others rejected; proposers are told; the ordered list is drafted.
     */
    public void conclude(UUID roundId, long version) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        checkVersion(round.version(), version);
        UUID councilId = councilOf(round);
        RuleSet rules = councils.rulesOf(councilId);
        Map<String, Object> before = round.auditState();
        Conclusion conclusion = councils.conclude(councilId);
        round.conclude(rules, conclusion.results(), votes(conclusion), clock.instant());
        for (RoundOutcome outcome : round.outcomes()) {
            Proposal proposal = proposals
                    .findById(outcome.proposalId())
                    .orElseThrow(() -> new NotFoundException("proposal", outcome.proposalId()));
            Map<String, Object> was = proposal.auditState();
            boolean recommended = Boolean.TRUE.equals(outcome.recommended());
            if (recommended) {
                proposal.shortlist(round.year(), outcome.average(), outcome.method());
            } else {
                proposal.reject();
            }
            proposals.save(proposal);
            audit.record(
                    recommended ? "proposal.shortlisted" : "proposal.rejected",
                    "projects.proposal",
                    proposal.id().toString(),
                    was,
                    proposal.auditState());
            notices.toOrganisation(
                    proposal.organisationId(),
                    notices.t("identification.notify.result.subject", round.year()),
                    notices.t(
                            recommended
                                    ? "identification.notify.result.recommended"
                                    : "identification.notify.result.notRecommended",
                            proposal.title()),
                    "/proposals");
        }
        rounds.saveAndFlush(round);
        audit.record("identification.concluded", "projects.round", roundId.toString(), before, round.auditState());
        if (!round.recommended().isEmpty()) {
            OrderedList list = new OrderedList(round, clock.instant());
            lists.save(list);
            audit.record(
                    "identification.list.drafted",
                    "projects.orderedList",
                    list.id().toString(),
                    null,
                    list.auditState());
        }
    }

    /** For each proposal: {votes to recommend, sheets cast} by the members present. */
    private static Map<UUID, int[]> votes(Conclusion conclusion) {
        Map<UUID, int[]> votes = new HashMap<>();
        conclusion.votes().forEach((item, v) -> votes.put(item, new int[] {v.inFavour(), v.cast()}));
        return votes;
    }

    private UUID councilOf(IdentificationRound round) {
        if (round.councilId() == null) {
            throw DomainException.conflict("identification.error.noCouncil");
        }
        return round.councilId();
    }

    private IdentificationRound loadRound(UUID id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
    }

    private void checkVersion(long actual, long expected) {
        access.requireVersion(actual, expected);
    }

    private void requireStaff() {
        access.requireStaff();
    }
}
