package vn.doimoi.projects.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TallyTests {

    static final RuleSet RULES = ConflictRulesTests.RULES;

    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID m1 = UUID.randomUUID();
    final UUID m2 = UUID.randomUUID();

    static Map<String, Integer> marks(int urgency, int content, int products, int capacity, int impact) {
        return Map.of(
                "URGENCY", urgency, "CONTENT", content, "PRODUCTS", products, "CAPACITY", capacity, "IMPACT", impact);
    }

    @Test
    void theBestAverageRanksFirstAndBothPass() {
        List<Tally.Result> results = Tally.count(
                RULES,
                List.of(a, b),
                List.of(
                        new Tally.Sheet(m1, a, marks(12, 25, 16, 16, 12)),
                        new Tally.Sheet(m2, a, marks(12, 25, 16, 16, 12)),
                        new Tally.Sheet(m1, b, marks(12, 22, 16, 16, 12)),
                        new Tally.Sheet(m2, b, marks(12, 24, 16, 16, 12))));

        assertThat(results.get(0).dossierId()).isEqualTo(a);
        assertThat(results.get(0).average()).isEqualByComparingTo("81");
        assertThat(results.get(0).rank()).isEqualTo(1);
        assertThat(results.get(1).average()).isEqualByComparingTo("79");
        assertThat(results.get(1).rank()).isEqualTo(2);
    }

    @Test
    void aHighTotalFailsWhenOneCriterionIsBelowItsMinimum() {
        List<Tally.Result> results =
                Tally.count(RULES, List.of(a), List.of(new Tally.Sheet(m1, a, marks(15, 30, 20, 20, 5))));

        assertThat(results.get(0).average()).isEqualByComparingTo("90");
        assertThat(results.get(0).passed()).isFalse();
        assertThat(results.get(0).criteriaBelowMinimum()).containsExactly("IMPACT");
        assertThat(results.get(0).rank()).isZero();
    }

    @Test
    void aTotalBelowThePassMarkFails() {
        List<Tally.Result> results =
                Tally.count(RULES, List.of(a), List.of(new Tally.Sheet(m1, a, marks(10, 20, 14, 14, 10))));
        assertThat(results.get(0).average()).isEqualByComparingTo("68");
        assertThat(results.get(0).passed()).isFalse();
    }

    @Test
    void equalTotalsAreSeparatedByTheContentCriterionFirst() {
        List<Tally.Result> results = Tally.count(
                RULES,
                List.of(a, b),
                List.of(
                        new Tally.Sheet(m1, a, marks(15, 24, 16, 16, 9)),
                        new Tally.Sheet(m1, b, marks(12, 26, 16, 16, 10))));

        assertThat(results.get(0).average()).isEqualByComparingTo(results.get(1).average());
        assertThat(results.get(0).dossierId()).isEqualTo(b);
        assertThat(results).extracting(Tally.Result::tied).containsExactly(false, false);
    }

    @Test
    void aTieThatNoCriterionBreaksIsReportedWithTheSameRank() {
        List<Tally.Result> results = Tally.count(
                RULES,
                List.of(a, b),
                List.of(
                        new Tally.Sheet(m1, a, marks(15, 25, 16, 16, 8)),
                        new Tally.Sheet(m1, b, marks(12, 25, 16, 16, 11))));

        assertThat(results).extracting(Tally.Result::rank).containsExactly(1, 1);
        assertThat(results).extracting(Tally.Result::tied).containsExactly(true, true);
    }

    @Test
    void aSheetAboveACriterionsMaximumOrMissingOneIsRefused() {
        assertThat(Tally.sheetProblems(RULES, marks(16, 25, 16, 16, 12))).containsExactly("scoring.error.range");
        assertThat(Tally.sheetProblems(RULES, Map.of("URGENCY", 10))).containsExactly("scoring.error.missing");
    }

    @Test
    void aDossierIsOnTimeUntil235959OnTheDeadlineDayInVietnamAndLateAtMidnight() {
        LocalDate deadline = LocalDate.of(2026, 12, 15);
        Instant lastSecond = Instant.parse("2026-12-15T16:59:59Z"); // 23:59:59 in Hà Nội (UTC+7)
        Instant midnight = Instant.parse("2026-12-15T17:00:00Z"); // 00:00:00 on 16/12 in Hà Nội

        assertThat(Deadlines.isOnTime(deadline, lastSecond)).isTrue();
        assertThat(Deadlines.isOnTime(deadline, midnight)).isFalse();
    }
}
