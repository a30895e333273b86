package vn.doimoi.market.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Matching filters the best records by text alone and must know when that was not enough. */
class BestFittingTests {

    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    @Test
    void takesTheFirstThatFitInTheirOrder() {
        assertThat(Matching.bestFitting(HUNDRED, 3, 100, n -> n % 10 == 7)).containsExactly(7, 17, 27);
    }

    @Test
    void whenTheFetchWasCutOffAndTooFewFitItSaysSo() {
        // 100 fetched of at most 100: more records may follow, and a fitting one among them
        assertThat(Matching.bestFitting(HUNDRED, 50, 100, n -> n % 10 == 7)).isNull();
    }

    @Test
    void whenTheFetchHeldEveryMatchWhatFitsIsAllThereIs() {
        assertThat(Matching.bestFitting(HUNDRED.subList(0, 40), 50, 100, n -> n % 10 == 7))
                .containsExactly(7, 17, 27, 37);
        assertThat(Matching.bestFitting(List.<Integer>of(), 50, 100, n -> true)).isEmpty();
    }
}
