package vn.doimoi.projects.councils;

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
 * Review councils in "Việc của tôi" (ADR 0044, 0068), whatever module opened them: a member
 * declares, then scores; STAFF runs the ones still open. Each line opens the council's page.
 */
@Component
record ReviewCouncilWork(CouncilDuties duties, ReviewSubjects subjects, Accounts accounts) implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        List<WorkSection> sections = new ArrayList<>();
        if (me.isStaff()) {
            sections.add(Heading.COUNCILS_TO_RUN.of(duties.unfinished(CouncilPurpose.REVIEW).stream()
                    .map(c -> WorkItem.of("me.item.reviewCouncilOpen", link(c), title(c)))
                    .toList()));
        }
        List<WorkItem> declare = new ArrayList<>();
        List<WorkItem> score = new ArrayList<>();
        for (CouncilDuties.Duty duty : duties.mine(CouncilPurpose.REVIEW)) {
            WorkItem item = WorkItem.of(
                    duty.kind() == CouncilDuties.Kind.DECLARE ? "me.item.reviewDeclare" : "me.item.reviewScore",
                    link(duty.council()),
                    title(duty.council()));
            (duty.kind() == CouncilDuties.Kind.DECLARE ? declare : score).add(item);
        }
        if (!declare.isEmpty() || !score.isEmpty()) {
            sections.add(Heading.INVITATIONS.of(declare));
            sections.add(Heading.SCORING.of(score));
        }
        return sections;
    }

    private String title(CouncilView council) {
        return subjects.ownerOf(council.subjectId()).title(council.subjectId());
    }

    private static String link(CouncilView council) {
        return "/review-councils/" + council.id();
    }
}
