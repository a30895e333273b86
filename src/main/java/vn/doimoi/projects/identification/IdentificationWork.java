package vn.doimoi.projects.identification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.councils.CouncilDuties;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.CouncilView;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkItemSource;
import vn.doimoi.shared.work.WorkSection;

/**
 * Identification's part of "Việc của tôi" (ADR 0044): STAFF runs the rounds' councils to their
 * conclusion; an expert declares and scores on a round's council. A round's page is where both act.
 */
@Component
class IdentificationWork implements WorkItemSource {

    private final RoundRepository rounds;
    private final CouncilDuties duties;
    private final Accounts accounts;

    IdentificationWork(RoundRepository rounds, CouncilDuties duties, Accounts accounts) {
        this.rounds = rounds;
        this.duties = duties;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkSection> sections() {
        CurrentUser me = accounts.current().orElse(null);
        if (me == null) {
            return List.of();
        }
        List<WorkSection> sections = new ArrayList<>();
        if (me.isStaff()) {
            List<WorkItem> unfinished = new ArrayList<>();
            for (CouncilView council : duties.unfinished(CouncilPurpose.IDENTIFICATION)) {
                unfinished.add(WorkItem.of(
                        council.state() == CouncilState.FORMING
                                ? "me.item.roundCouncilForming"
                                : "me.item.roundCouncilInSession",
                        link(council),
                        title(council)));
            }
            sections.add(Heading.COUNCILS_TO_RUN.of(unfinished));
        }
        if (me.has(Role.EXPERT)) {
            List<WorkItem> declare = new ArrayList<>();
            List<WorkItem> score = new ArrayList<>();
            for (CouncilDuties.Duty duty : duties.mine(CouncilPurpose.IDENTIFICATION)) {
                boolean declaring = duty.kind() == CouncilDuties.Kind.DECLARE;
                (declaring ? declare : score)
                        .add(WorkItem.of(
                                declaring ? "me.item.roundDeclare" : "me.item.roundScore",
                                link(duty.council()),
                                title(duty.council())));
            }
            sections.add(Heading.INVITATIONS.of(declare));
            sections.add(Heading.SCORING.of(score));
        }
        return sections;
    }

    private static String link(CouncilView council) {
        return "/identification/" + council.subjectId();
    }

    private String title(CouncilView council) {
        return rounds.findById(council.subjectId())
                .map(IdentificationRound::title)
                .orElse("?");
    }
}
