package vn.doimoi.projects.proposals;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Proposals' part of "Việc của tôi" (ADR 0044): an organisation follows its proposals until they
 * are ordered or rejected; STAFF groups new proposals into a year's identification round.
 */
@Component
record ProposalWork(Proposals proposals, ProposalRepository repository, Accounts accounts) implements SignedInWork {

    private static final Set<ProposalState> UNDER_WAY =
            Set.of(ProposalState.SUBMITTED, ProposalState.IN_ROUND, ProposalState.SHORTLISTED);

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        if (me.isStaff()) {
            int waiting = repository
                    .findByStateOrderByCreatedAt(ProposalState.SUBMITTED)
                    .size();
            return List.of(Heading.COUNCILS_TO_RUN.of(
                    waiting == 0
                            ? List.of()
                            : List.of(WorkItem.queue("me.item.proposalsToGroup", "/staff/tasks/rounds", waiting))));
        }
        if (me.has(Role.ORG_MEMBER) && me.organisationId() != null) {
            return List.of(Heading.PROPOSALS.of(proposals.visible().stream()
                    .filter(p -> UNDER_WAY.contains(p.state()))
                    .map(p -> WorkItem.of("me.item.proposal." + p.state().name(), "/proposals", p.title()))
                    .toList()));
        }
        return List.of();
    }
}
