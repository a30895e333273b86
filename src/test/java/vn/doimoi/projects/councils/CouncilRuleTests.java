package vn.doimoi.projects.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.doimoi.projects.acceptance.Grade.EXCELLENT;
import static vn.doimoi.projects.acceptance.Grade.FAILED;
import static vn.doimoi.projects.acceptance.Grade.PASSED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.CouncilRule;

/** Every branch of the acceptance council's rule (Circular 11/2014-like, unverified). */
class CouncilRuleTests {

    private final CouncilRule rule = CouncilRule.circular11of2014();

    @Test
    void theRuleSaysItIsNotVerifiedAgainstThe2025Texts() {
        assertThat(rule.verified()).isFalse();
        assertThat(rule.source()).contains("11/2014/TT-BKHCN");
    }

    @Test
    void excellentWhenEverySheetSaysExcellent() {
        assertThat(rule.classify(List.of(EXCELLENT, EXCELLENT, EXCELLENT, EXCELLENT, EXCELLENT)))
                .isEqualTo(EXCELLENT);
    }

    @Test
    void excellentWhenThreeQuartersSayExcellentAndTheRestPass() {
        assertThat(rule.classify(List.of(EXCELLENT, EXCELLENT, EXCELLENT, PASSED)))
                .isEqualTo(EXCELLENT);
    }

    @Test
    void onlyPassedWhenOneSheetFailsEvenIfTheOthersAreExcellent() {
        assertThat(rule.classify(List.of(EXCELLENT, EXCELLENT, EXCELLENT, EXCELLENT, FAILED)))
                .isEqualTo(PASSED);
    }

    @Test
    void passedWhenTooFewSayExcellentButThreeQuartersPass() {
        assertThat(rule.classify(List.of(EXCELLENT, EXCELLENT, PASSED, PASSED))).isEqualTo(PASSED);
    }

    @Test
    void failedWhenFewerThanThreeQuartersPass() {
        assertThat(rule.classify(List.of(PASSED, PASSED, PASSED, FAILED, FAILED)))
                .isEqualTo(FAILED);
        assertThat(rule.classify(List.of(EXCELLENT, FAILED))).isEqualTo(FAILED);
    }

    @Test
    void noSheetNoClassification() {
        assertThatThrownBy(() -> rule.classify(List.of()))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.noSheets");
    }

    @Test
    void aCouncilHasOneChairTwoReviewersAtMostOneSecretaryAndFiveToNineSeats() {
        rule.checkComposition(seats(
                CouncilRole.CHAIR,
                CouncilRole.REVIEWER,
                CouncilRole.REVIEWER,
                CouncilRole.SECRETARY,
                CouncilRole.MEMBER));
        assertThatThrownBy(() -> rule.checkComposition(
                        seats(CouncilRole.CHAIR, CouncilRole.REVIEWER, CouncilRole.REVIEWER, CouncilRole.MEMBER)))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.size");
        assertThatThrownBy(() -> rule.checkComposition(seats(
                        CouncilRole.MEMBER,
                        CouncilRole.REVIEWER,
                        CouncilRole.REVIEWER,
                        CouncilRole.SECRETARY,
                        CouncilRole.MEMBER)))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.roles");
        assertThatThrownBy(() -> rule.checkComposition(seats(
                        CouncilRole.CHAIR,
                        CouncilRole.REVIEWER,
                        CouncilRole.MEMBER,
                        CouncilRole.MEMBER,
                        CouncilRole.MEMBER)))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.roles");
    }

    @Test
    void twoThirdsOfTheSeatsMustHaveScored() {
        assertThat(rule.quorate(4, 6)).isTrue();
        assertThat(rule.quorate(3, 6)).isFalse();
        assertThat(rule.quorate(5, 7)).isTrue();
        assertThat(rule.quorate(4, 7)).isFalse();
    }

    @Test
    void theCouncilsGradeOfACriterionIsTheStricterMedian() {
        assertThat(AcceptanceCouncils.median(List.of(EXCELLENT, PASSED, FAILED)))
                .isEqualTo(PASSED);
        assertThat(AcceptanceCouncils.median(List.of(EXCELLENT, FAILED))).isEqualTo(FAILED);
        assertThat(AcceptanceCouncils.median(List.of(EXCELLENT, EXCELLENT, PASSED)))
                .isEqualTo(EXCELLENT);
    }

    private static Map<Integer, CouncilRole> seats(CouncilRole... roles) {
        Map<Integer, CouncilRole> seats = new LinkedHashMap<>();
        for (int i = 0; i < roles.length; i++) {
            seats.put(i, roles[i]);
        }
        return seats;
    }
}
