package vn.doimoi.projects.councils;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Acceptance councils in "Việc của tôi" (ADR 0044): STAFF concludes the ones still open; a member
 * declares, then hands in a sheet. Each line opens the council's own page.
 */
@Component
record AcceptanceWork(AcceptanceCouncils councils, Accounts accounts) implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        if (me.isStaff()) {
            return List.of(Heading.COUNCILS_TO_RUN.of(councils.list(me).stream()
                    .filter(row -> !row.concluded())
                    .map(row -> WorkItem.of("me.item.acceptanceCouncilOpen", row.link(), row.taskCode()))
                    .toList()));
        }
        if (!me.has(Role.EXPERT)) {
            return List.of();
        }
        List<WorkItem> declare = new ArrayList<>();
        List<WorkItem> score = new ArrayList<>();
        for (AcceptanceCouncils.CouncilRow row : councils.list(me)) {
            if (row.concluded() || row.myRole() == null || row.sheetIn()) {
                continue;
            }
            AcceptanceCouncils.MemberView seat = councils.forMember(me, row.taskId());
            if (!seat.declared()) {
                declare.add(WorkItem.of("me.item.acceptanceDeclare", row.link(), row.taskCode()));
            } else if (seat.canScore()) {
                score.add(WorkItem.of("me.item.acceptanceScore", row.link(), row.taskCode()));
            }
        }
        return List.of(Heading.INVITATIONS.of(declare), Heading.SCORING.of(score));
    }
}
