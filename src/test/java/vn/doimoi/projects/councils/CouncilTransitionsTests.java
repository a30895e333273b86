package vn.doimoi.projects.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.shared.DomainException;

/** Every council transition out of order is refused with a message; the order itself works (moved from selection's TransitionsTests). */
class CouncilTransitionsTests {

    static final RuleSet RULES = new RuleSets().get("TT20-2023");
    static final Instant BEFORE = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void aCouncilCannotScoreBeforeItsMeetingNorConcludeTwice() {
        Council council = new Council(UUID.randomUUID(), "TT20-2023", null, BEFORE);
        UUID dossier = UUID.randomUUID();
        UUID[] people = new UUID[8];
        CouncilRole[] roles = {
            CouncilRole.CHAIR,
            CouncilRole.VICE_CHAIR,
            CouncilRole.REVIEWER,
            CouncilRole.REVIEWER,
            CouncilRole.SECRETARY,
            CouncilRole.MEMBER,
            CouncilRole.MEMBER
        };
        for (int i = 0; i < 7; i++) {
            people[i] = UUID.randomUUID();
            council.seat(people[i], "Thành viên " + i, roles[i], null, null, Set.of());
        }
        people[7] = UUID.randomUUID();
        council.seat(
                people[7],
                "Người cùng cơ quan",
                CouncilRole.MEMBER,
                null,
                null,
                Set.of(ConflictKind.WORKS_AT_APPLICANT));
        Map<String, Integer> marks = Map.of("URGENCY", 12, "CONTENT", 25, "PRODUCTS", 16, "CAPACITY", 16, "IMPACT", 12);

        refused(
                () -> council.score(RULES, people[0], dossier, List.of(dossier), marks, null, BEFORE),
                "council.error.transition");
        refused(() -> council.conclude(RULES, List.of(dossier), BEFORE), "council.error.transition");
        refused(() -> council.start(RULES, Set.of(people), BEFORE), "council.error.undeclared");
        refused(() -> council.declareNoConflict(people[7], BEFORE), "council.error.excluded");
        for (int i = 0; i < 7; i++) {
            council.declareNoConflict(people[i], BEFORE);
        }
        refused(
                () -> council.start(RULES, Set.of(people[0], people[1], people[2], people[3]), BEFORE),
                "council.error.quorum");
        council.start(RULES, Set.of(people[0], people[2], people[3], people[4], people[5]), BEFORE);
        refused(() -> council.start(RULES, Set.of(people), BEFORE), "council.error.transition");
        refused(
                () -> council.score(RULES, people[7], dossier, List.of(dossier), marks, null, BEFORE),
                "council.error.excluded");
        refused(
                () -> council.score(RULES, people[1], dossier, List.of(dossier), marks, null, BEFORE),
                "council.error.absent");
        refused(() -> council.conclude(RULES, List.of(dossier), BEFORE), "council.error.missingSheets");
        for (UUID person : List.of(people[0], people[2], people[3], people[4], people[5])) {
            council.score(RULES, person, dossier, List.of(dossier), marks, "Đạt", BEFORE);
        }
        assertThat(council.conclude(RULES, List.of(dossier), BEFORE).get(0).passed())
                .isTrue();
        refused(() -> council.conclude(RULES, List.of(dossier), BEFORE), "council.error.transition");
        refused(
                () -> council.seat(UUID.randomUUID(), "Muộn", CouncilRole.MEMBER, null, null, Set.of()),
                "council.error.transition");
    }

    static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
