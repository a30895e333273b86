package vn.doimoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The application's clock reads the past only inside an import's step, and only on its thread. */
class HistoryClockTests {

    private static final Instant APRIL = Instant.parse("2026-04-26T01:00:00Z");

    private final HistoryClock clock = new HistoryClock(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aStepReadsTheMomentItHappenedAndTheRealTimeAfterwards() {
        assertThat(clock.asOf(APRIL, clock::instant)).isEqualTo(APRIL);
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anotherThreadKeepsTheRealTimeDuringAStep() {
        Instant elsewhere = clock.asOf(
                APRIL, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertThat(Duration.between(elsewhere, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aNestedStepGivesBackTheOuterMoment() {
        Instant may = Instant.parse("2026-05-31T09:00:00Z");
        Instant after = clock.asOf(APRIL, () -> {
            assertThat(clock.asOf(may, clock::instant)).isEqualTo(may);
            return clock.instant();
        });
        assertThat(after).isEqualTo(APRIL);
    }

    @Test
    void aStepThatFailsStillGivesBackTheRealTime() {
        try {
            clock.asOf(APRIL, () -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the refusal is the step's; the clock must not stay in April
        }
        assertThat(clock.instant()).isAfter(APRIL.plus(Duration.ofDays(30)));
        assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isAfter(APRIL.plus(Duration.ofDays(30)));
    }

    @Test
    void theAuditTrailReadsTheRealTimeDuringAStep() {
        java.time.Clock trail = HistoryClock.unheld(clock);
        Instant written = clock.asOf(APRIL, trail::instant);
        assertThat(Duration.between(written, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
