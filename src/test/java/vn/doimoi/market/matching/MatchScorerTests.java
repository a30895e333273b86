package vn.doimoi.market.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.MatchReason;

class MatchScorerTests {

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    final MatchScorer.Subject demand = new MatchScorer.Subject(
            ListingKind.DEMAND,
            List.of("20701"),
            6,
            Set.of(CooperationMode.LICENCE),
            BigDecimal.valueOf(500_000_000),
            BigDecimal.valueOf(1_500_000_000));

    MatchScorer.Candidate offer(List<String> codes, Integer trl, long price, Instant confirmed, List<String> terms) {
        return new MatchScorer.Candidate(
                ListingKind.OFFER,
                codes,
                trl,
                List.of(CooperationMode.LICENCE),
                BigDecimal.valueOf(price),
                BigDecimal.valueOf(price * 2),
                confirmed,
                terms);
    }

    @Test
    void explainsEveryFactorThatCounted() {
        var scored = MatchScorer.score(
                demand, offer(List.of("20701"), 7, 900_000_000, NOW, List.of("nước thải")), 0.8, NOW, TODAY);

        assertThat(scored.reasons())
                .extracting(MatchReason::key)
                .containsExactly(
                        "market.reason.terms",
                        "market.reason.field",
                        "market.reason.trl",
                        "market.reason.mode.LICENCE",
                        "market.reason.budget",
                        "market.reason.fresh");
        assertThat(scored.reasons().get(1).args()).containsExactly("20701");
        assertThat(scored.reasons().get(2).args()).containsExactly("7", "6");
    }

    @Test
    void sameSubFieldBeatsSameSectorBeatsNothing() {
        double same = MatchScorer.score(demand, offer(List.of("20701"), 7, 1, NOW, List.of()), 0.3, NOW, TODAY)
                .score();
        double sector = MatchScorer.score(demand, offer(List.of("20702"), 7, 1, NOW, List.of()), 0.3, NOW, TODAY)
                .score();
        double none = MatchScorer.score(demand, offer(List.of("40101"), 7, 1, NOW, List.of()), 0.3, NOW, TODAY)
                .score();

        assertThat(same).isGreaterThan(sector);
        assertThat(sector).isGreaterThan(none);
    }

    @Test
    void anOfferOverBudgetAndStaleRanksLower() {
        Instant stale = NOW.minusSeconds(86_400L * 300);
        double fits = MatchScorer.score(
                        demand, offer(List.of("20701"), 7, 900_000_000, NOW, List.of()), 0.5, NOW, TODAY)
                .score();
        double over = MatchScorer.score(
                        demand, offer(List.of("20701"), 7, 2_900_000_000L, stale, List.of()), 0.5, NOW, TODAY)
                .score();

        assertThat(fits).isGreaterThan(over);
    }

    @Test
    void theFloorDropsResultsThatShareOnlyTheTermsOfTrade() {
        // same mode, fits the budget, fresh, high TRL: but another field and almost no common text
        var offTopic =
                MatchScorer.score(demand, offer(List.of("40101"), 9, 900_000_000, NOW, List.of()), 0.05, NOW, TODAY);
        var onTopic = MatchScorer.score(
                demand, offer(List.of("20701"), 7, 900_000_000, NOW, List.of("nước thải")), 0.5, NOW, TODAY);

        assertThat(MatchScorer.passes(offTopic, 0.3)).isFalse();
        assertThat(MatchScorer.passes(onTopic, 0.3)).isTrue();
    }

    @Test
    void aWeakTextScoreWithoutAnySharedWordsIsNotATopic() {
        // another field, a text score just over the threshold (one common word), no run of words shared
        var oneCommonWord =
                MatchScorer.score(demand, offer(List.of("40101"), 9, 900_000_000, NOW, List.of()), 0.2, NOW, TODAY);
        var sharedWords = MatchScorer.score(
                demand, offer(List.of("40101"), 9, 900_000_000, NOW, List.of("nước thải")), 0.2, NOW, TODAY);

        assertThat(MatchScorer.passes(oneCommonWord, 0.3)).isFalse();
        assertThat(MatchScorer.passes(sharedWords, 0.3)).isTrue();
    }
}
