package vn.doimoi.ecosystem.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Awards in "Việc của tôi" (ADR 0044): STAFF screen a round's new nominations, open the council of
 * a round whose nominations are all screened, and record the decision of a round its council
 * reviewed. The council's own work (declare, score) comes from the council engine's lines.
 */
@Component
record AwardWork(AwardRoundRepository rounds, NominationRepository nominations, Accounts accounts)
        implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        if (!me.isStaff()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        Map<UUID, Long> toScreen = nominations.findByStateOrderBySubmittedAtAsc(NominationState.SUBMITTED).stream()
                .collect(Collectors.groupingBy(Nomination::roundId, Collectors.counting()));
        for (AwardRound round : rounds.findByStateOrderByCreatedAtAsc(RoundState.OPEN)) {
            long count = toScreen.getOrDefault(round.id(), 0L);
            if (count > 0) {
                items.add(WorkItem.of(
                        "me.item.awardNominationsToScreen",
                        AwardPages.staffRound(round.id()),
                        round.title(),
                        String.valueOf(count)));
            } else if (!nominations
                    .findByRoundIdAndStateOrderBySubmittedAtAsc(round.id(), NominationState.ACCEPTED)
                    .isEmpty()) {
                items.add(WorkItem.of("me.item.awardCouncilToOpen", AwardPages.staffRound(round.id()), round.title()));
            }
        }
        rounds.findByStateOrderByCreatedAtAsc(RoundState.REVIEWED)
                .forEach(round -> items.add(
                        WorkItem.of("me.item.awardToDecide", AwardPages.staffRound(round.id()), round.title())));
        return items.isEmpty() ? List.of() : List.of(Heading.APPROVALS.of(items));
    }
}
