package vn.doimoi.projects.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doimoi.projects.rules.CouncilRole.CHAIR;
import static vn.doimoi.projects.rules.CouncilRole.MEMBER;
import static vn.doimoi.projects.rules.CouncilRole.REVIEWER;
import static vn.doimoi.projects.rules.CouncilRole.SECRETARY;
import static vn.doimoi.projects.rules.CouncilRole.VICE_CHAIR;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilRulesTests {

    static final RuleSet RULES = ConflictRulesTests.RULES;

    /** chair, vice, 2 reviewers, secretary, 2 members; the first {@code present} seats attend. */
    static List<CouncilRules.Seat> seven(int present) {
        CouncilRole[] roles = {CHAIR, VICE_CHAIR, REVIEWER, REVIEWER, SECRETARY, MEMBER, MEMBER};
        List<CouncilRules.Seat> seats = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            seats.add(new CouncilRules.Seat(roles[i], false, i < present));
        }
        return seats;
    }

    @Test
    void aCouncilOfSevenWithChairTwoReviewersAndSecretaryIsWellFormed() {
        assertThat(CouncilRules.compositionProblems(RULES, seven(7))).isEmpty();
    }

    @Test
    void excludedMembersDoNotCountTowardsTheSize() {
        List<CouncilRules.Seat> seats = new ArrayList<>(seven(7));
        seats.set(6, new CouncilRules.Seat(MEMBER, true, false));
        assertThat(CouncilRules.compositionProblems(RULES, seats)).containsExactly("council.error.size");
    }

    @Test
    void aCouncilWithOneReviewerOrNoSecretaryIsRefused() {
        List<CouncilRules.Seat> seats = new ArrayList<>(seven(7));
        seats.set(3, new CouncilRules.Seat(MEMBER, false, true));
        seats.set(4, new CouncilRules.Seat(MEMBER, false, true));
        assertThat(CouncilRules.compositionProblems(RULES, seats))
                .containsExactly("council.error.reviewers", "council.error.secretary");
    }

    @Test
    void fiveOfSevenPresentIsAQuorumButFourIsNot() {
        assertThat(CouncilRules.quorumProblems(RULES, seven(5))).isEmpty();
        assertThat(CouncilRules.quorumProblems(RULES, seven(4))).containsExactly("council.error.quorum");
    }

    @Test
    void theViceChairCanStandInButOneOfThemMustBePresent() {
        List<CouncilRules.Seat> seats = new ArrayList<>(seven(7));
        seats.set(0, new CouncilRules.Seat(CHAIR, false, false));
        assertThat(CouncilRules.quorumProblems(RULES, seats)).isEmpty();
        seats.set(1, new CouncilRules.Seat(VICE_CHAIR, false, false));
        assertThat(CouncilRules.quorumProblems(RULES, seats)).containsExactly("council.error.chairAbsent");
    }

    @Test
    void bothReviewersMustBePresent() {
        List<CouncilRules.Seat> seats = new ArrayList<>(seven(7));
        seats.set(3, new CouncilRules.Seat(REVIEWER, false, false));
        assertThat(CouncilRules.quorumProblems(RULES, seats)).containsExactly("council.error.reviewersAbsent");
    }
}
