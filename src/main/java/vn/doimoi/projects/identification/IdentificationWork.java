package vn.doimoi.projects.identification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.projects.councils.CouncilDuties;
import vn.doimoi.projects.councils.CouncilPurpose;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.CouncilView;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Identification's part of "Việc của tôi" (ADR 0044): STAFF runs the rounds' councils to their
 * conclusion; an expert declares and scores on a round's council. A round's page is where both act.
 */
@Component
record IdentificationWork(RoundRepository rounds, CouncilDuties duties, Accounts accounts) implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
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
