package vn.doimoi.projects.proposals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.identification.OrderedLists;
import vn.doimoi.projects.selection.CallAccess;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/** Proposals from organisations, their identification, and the drafting of a call from one. */
@Service
@Transactional
public class Proposals {

    private final ProposalRepository proposals;
    private final Selection selection;
    private final OrderedLists orderedLists;
    private final Directory directory;
    private final CallAccess access;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    public Proposals(
            ProposalRepository proposals,
            Selection selection,
            OrderedLists orderedLists,
            Directory directory,
            CallAccess access,
            AuditLog audit,
            Clock clock) {
        this.proposals = proposals;
        this.selection = selection;
        this.orderedLists = orderedLists;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public record ProposalView(
            UUID id,
            String organisationName,
            String title,
            String problem,
            String objectives,
            String expectedProducts,
            @Nullable String adopterName,
            @Nullable BigDecimal budgetEstimate,
            PriorityArea priorityArea,
            ProposalState state,
            @Nullable Integer roundYear,
            @Nullable BigDecimal identificationScore,
            @Nullable SelectionMethod method,
            @Nullable UUID callId,
            Instant createdAt,
            long version) {

        /** A proposal as pages show it, with its organisation's name. */
        public static ProposalView of(Proposal p, String organisationName) {
            return new ProposalView(
                    p.id(),
                    organisationName,
                    p.title(),
                    p.problem(),
                    p.objectives(),
                    p.expectedProducts(),
                    p.adopterName(),
                    p.budgetEstimate(),
                    p.priorityArea(),
                    p.state(),
                    p.roundYear(),
                    p.identificationScore(),
                    p.method(),
                    p.callId(),
                    p.createdAt(),
                    p.version());
        }
    }

    /** Any signed-in user acting for an organisation proposes a task for it. */
    public UUID submit(
            String title,
            String problem,
            String objectives,
            String expectedProducts,
            @Nullable String adopterName,
            @Nullable BigDecimal budgetEstimate,
            PriorityArea area) {
        CurrentUser actor = actor();
        if (actor.organisationId() == null) {
            throw DomainException.forbidden("proposal.error.noOrganisation");
        }
        Proposal proposal = new Proposal(
                actor.organisationId(),
                title,
                problem,
                objectives,
                expectedProducts,
                adopterName,
                budgetEstimate,
                area,
                clock.instant());
        proposals.save(proposal);
        audit.record("proposal.submitted", "projects.proposal", proposal.id().toString(), null, proposal.auditState());
        return proposal.id();
    }

    /** STAFF sees every proposal; others their organisation's. */
    @Transactional(readOnly = true)
    public List<ProposalView> visible() {
        CurrentUser actor = actor();
        List<Proposal> list = staff(actor)
                ? proposals.findAllByOrderByCreatedAtDesc()
                : actor.organisationId() == null
                        ? List.of()
                        : proposals.findByOrganisationIdOrderByCreatedAtDesc(actor.organisationId());
        return list.stream().map(this::view).toList();
    }

    public void reject(UUID id, long version) {
        Proposal proposal = staffLoad(id, version);
        Map<String, Object> before = proposal.auditState();
        proposal.reject();
        proposals.saveAndFlush(proposal);
        audit.record("proposal.rejected", "projects.proposal", id.toString(), before, proposal.auditState());
    }

    /**
     * Drafts the call of a shortlisted proposal once its round's ordered list is approved: the
     * task as the identification council fixed it (name, objectives, method, products with
     * specs) and the approving decision; STAFF completes and opens it.
     */
    public UUID order(UUID id, long version, LocalDate deadline) {
        Proposal proposal = staffLoad(id, version);
        if (proposal.state() != ProposalState.SHORTLISTED) {
            throw DomainException.conflict(
                    "proposal.error.transition", "order", proposal.state().name());
        }
        OrderedLists.Ordered ordered = orderedLists.ordered(proposal);
        UUID call = selection.createCall(new CallData(
                ordered.taskName(),
                TaskType.RESEARCH_TOPIC,
                ordered.method(),
                ordered.objectives(),
                "Tổ chức khoa học và công nghệ, doanh nghiệp có tư cách pháp nhân.",
                "B1-1-ĐON; B1-2a-TMĐTCN; B1-3-LLTC; B1-4-LLCN; B1-5-PHNC",
                List.of(),
                null,
                proposal.budgetEstimate() == null ? new BigDecimal("1000000000") : proposal.budgetEstimate(),
                24,
                deadline,
                ordered.decision(),
                ordered.products()));
        Map<String, Object> before = proposal.auditState();
        proposal.ordered(call);
        proposals.saveAndFlush(proposal);
        audit.record("proposal.ordered", "projects.proposal", id.toString(), before, proposal.auditState());
        return call;
    }

    private Proposal staffLoad(UUID id, long version) {
        Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
        access.requireStaff();
        access.requireVersion(proposal.version(), version);
        return proposal;
    }

    private ProposalView view(Proposal p) {
        return ProposalView.of(
                p,
                directory
                        .organisation(p.organisationId())
                        .map(OrganisationSummary::name)
                        .orElse("?"));
    }

    private CurrentUser actor() {
        return access.signedIn();
    }

    private static boolean staff(CurrentUser actor) {
        return actor.isStaff();
    }
}
