package vn.doimoi.ecosystem.initiatives;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Initiatives in "Việc của tôi" (ADR 0044): STAFF check new declarations and record the decision
 * of those the council passed; an author completes a returned declaration. The council's own work
 * (declare, score) comes from the council engine's lines.
 */
@Component
record InitiativeWork(InitiativeRepository initiatives, Accounts accounts) implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        List<WorkSection> sections = new ArrayList<>();
        if (me.isStaff()) {
            List<WorkItem> approvals = new ArrayList<>();
            initiatives
                    .findByStateOrderByDeclaredAtAsc(InitiativeState.DECLARED)
                    .forEach(i -> approvals.add(WorkItem.of("me.item.initiativeToCheck", link(i), i.title())));
            initiatives
                    .findByStateOrderByDeclaredAtAsc(InitiativeState.PASSED)
                    .forEach(i -> approvals.add(WorkItem.of("me.item.initiativeToRecognise", link(i), i.title())));
            sections.add(Heading.APPROVALS.of(approvals));
        }
        List<WorkItem> returned = initiatives
                .findByAuthorUserIdOrderByDeclaredAtDesc(me.id().value())
                .stream()
                .filter(i -> i.state() == InitiativeState.RETURNED)
                .map(i -> WorkItem.of("me.item.initiativeReturned", link(i), i.title()))
                .toList();
        if (!returned.isEmpty()) {
            sections.add(Heading.PROPOSALS.of(returned));
        }
        return sections;
    }

    private static String link(Initiative initiative) {
        return "/ecosystem/initiatives/" + initiative.id();
    }
}
