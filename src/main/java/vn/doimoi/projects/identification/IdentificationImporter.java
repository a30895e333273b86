package vn.doimoi.projects.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.IdentificationImport;
import vn.doimoi.projects.ImportedProposal;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.proposals.ProposalRepository;
import vn.doimoi.projects.proposals.Proposals;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.HistoryClock;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Replays an imported year of identification through the services the screens use
 * ({@link Proposals}, {@link Identification}, {@link OrderedLists}), the clock held at the moment
 * each step happened: the same checks, audit entries and notices to the proposers.
 */
@Service
@Transactional
class IdentificationImporter implements IdentificationImport {

    private final RoundRepository rounds;
    private final ProposalRepository proposalRepository;
    private final Proposals proposals;
    private final Identification identification;
    private final IdentificationRounds views;
    private final OrderedLists orderedLists;
    private final AuditLog audit;
    private final HistoryClock clock;

    IdentificationImporter(
            RoundRepository rounds,
            ProposalRepository proposalRepository,
            Proposals proposals,
            Identification identification,
            IdentificationRounds views,
            OrderedLists orderedLists,
            AuditLog audit,
            HistoryClock clock) {
        this.rounds = rounds;
        this.proposalRepository = proposalRepository;
        this.proposals = proposals;
        this.identification = identification;
        this.views = views;
        this.orderedLists = orderedLists;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasRounds() {
        return rounds.count() > 0;
    }

    @Override
    public UUID proposal(ImportedProposal p, Instant at) {
        PriorityArea area = area(p.priorityArea());
        return clock.asOf(
                at,
                () -> proposals.submit(
                        p.title(),
                        p.problem(),
                        p.objectives(),
                        p.expectedProducts(),
                        p.adopterName(),
                        p.budgetEstimate(),
                        area));
    }

    /** The screens have no form for a proposal on paper (organisations send theirs online): recorded as received. */
    @Override
    public UUID paperProposal(UUID organisationId, ImportedProposal p, Instant at) {
        Proposal proposal = new Proposal(
                organisationId,
                p.title(),
                p.problem(),
                p.objectives(),
                p.expectedProducts(),
                p.adopterName(),
                p.budgetEstimate(),
                area(p.priorityArea()),
                at);
        proposalRepository.save(proposal);
        audit.record("proposal.submitted", "projects.proposal", proposal.id().toString(), null, proposal.auditState());
        return proposal.id();
    }

    @Override
    public UUID round(int year, String title, List<UUID> proposalIds, String decisionNumber, Instant at) {
        return clock.asOf(at, () -> {
            UUID id = identification.createRound(year, title);
            identification.addProposals(id, views.round(id).version(), proposalIds);
            identification.formCouncil(id, views.round(id).version(), decisionNumber);
            return id;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public UUID councilOf(UUID roundId) {
        return views.councilOf(roundId);
    }

    @Override
    public void outcome(
            UUID roundId,
            UUID proposalId,
            String taskName,
            String objectives,
            SelectionMethod method,
            List<CallData.Product> products,
            Instant at) {
        clock.asOf(at, () -> {
            identification.fixOutcome(
                    roundId, views.round(roundId).version(), proposalId, taskName, objectives, method, products);
            return null;
        });
    }

    @Override
    public void concluded(UUID roundId, Instant at) {
        clock.asOf(at, () -> {
            identification.conclude(roundId, views.round(roundId).version());
            return null;
        });
    }

    @Override
    public void listApproved(
            UUID roundId, String number, LocalDate signedOn, String signer, String fileName, byte[] pdf, Instant at) {
        clock.asOf(at, () -> {
            var list = views.round(roundId).orderedList();
            if (list == null) {
                throw DomainException.conflict("identification.list.error.roundNotConcluded");
            }
            orderedLists.approveOrderedList(roundId, list.version(), number, signedOn, signer, fileName, pdf);
            return null;
        });
    }

    @Override
    public UUID callDrafted(UUID proposalId, LocalDate deadline, Instant at) {
        Proposal proposal = proposalRepository
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal", proposalId));
        return clock.asOf(at, () -> proposals.order(proposalId, proposal.version(), deadline));
    }

    private static PriorityArea area(String name) {
        try {
            return PriorityArea.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("import.error.unknownName", name);
        }
    }
}
