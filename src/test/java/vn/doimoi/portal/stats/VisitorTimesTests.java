package vn.doimoi.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.carrotsearch.hppc.LongHashSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VisitorTimesTests {

    private final VisitorTimes times = new VisitorTimes();

    @Test
    void swapAnswersWhenTheVisitorWasLastSeen() {
        long reader = VisitorTimes.fingerprint(UUID.randomUUID().toString());

        assertThat(times.swap(reader, 1_000)).isEqualTo(VisitorTimes.NEVER);
        assertThat(times.swap(reader, 5_000)).isEqualTo(1_000);
        assertThat(times.swap(reader, 9_000)).isEqualTo(5_000);
    }

    @Test
    void aClaimHoldsForTheWindowThenLapses() {
        long reader = VisitorTimes.fingerprint("reader-1", "article-1");

        assertThat(times.claim(reader, 0, 1_800_000)).isTrue();
        assertThat(times.claim(reader, 1_799_999, 1_800_000)).isFalse();
        assertThat(times.claim(reader, 1_800_000, 1_800_000)).isTrue();
    }

    @Test
    void countsTheVisitorsSeenAfterATimeAndForgetsTheOlderOnes() {
        for (int i = 0; i < 1_000; i++) {
            times.swap(VisitorTimes.fingerprint("reader-" + i), i);
        }

        assertThat(times.countAfter(899)).isEqualTo(100);
        times.forgetBefore(500);
        assertThat(times.size()).isEqualTo(500);
        assertThat(times.countAfter(-1)).isEqualTo(500);
    }

    @Test
    void afterABusyDayIsForgottenTheMapsGiveTheirMemoryBack() {
        // a busy day: 400,000 visitors, then the next day's 1,000
        for (int i = 0; i < 400_000; i++) {
            times.swap(VisitorTimes.fingerprint("reader-" + i), 1_000);
        }
        long peak = times.slots();
        for (int i = 0; i < 1_000; i++) {
            times.swap(VisitorTimes.fingerprint("next-day-" + i), 2_000);
        }

        times.forgetBefore(2_000);

        assertThat(times.size()).isEqualTo(1_000);
        assertThat(times.countAfter(1_999)).isEqualTo(1_000);
        assertThat(peak).isGreaterThan(400_000);
        assertThat(times.slots()).isLessThan(peak / 20);
        // and what was kept still answers
        assertThat(times.swap(VisitorTimes.fingerprint("next-day-7"), 3_000)).isEqualTo(2_000);
        assertThat(times.swap(VisitorTimes.fingerprint("reader-7"), 3_000)).isEqualTo(VisitorTimes.NEVER);
    }

    @Test
    void theBenchmarksSequentialCookiesAndRandomOnesAllHaveDistinctFingerprints() {
        LongHashSet seen = new LongHashSet();
        int ids = 0;
        for (int thread = 1; thread <= 2; thread++) {
            for (int run = 1; run <= 2; run++) {
                for (int counter = 1; counter <= 250_000; counter++) {
                    seen.add(VisitorTimes.fingerprint(
                            String.format("%08x-%04x-4000-8000-%012x", thread, run, counter), "article-1"));
                    ids++;
                }
            }
        }
        for (int i = 0; i < 200_000; i++) {
            seen.add(VisitorTimes.fingerprint(UUID.randomUUID().toString()));
            ids++;
        }
        assertThat(seen.size()).isEqualTo(ids);
    }

    @Test
    void theSameVisitorOnAnotherArticleOrDayIsAnotherPair() {
        String reader = UUID.randomUUID().toString();

        assertThat(VisitorTimes.fingerprint(reader, "2026-11-28"))
                .isNotEqualTo(VisitorTimes.fingerprint(reader, "2026-11-29"))
                .isNotEqualTo(VisitorTimes.fingerprint(reader, UUID.randomUUID().toString()));
        assertThat(VisitorTimes.fingerprint(reader, "2026-11-28"))
                .isEqualTo(VisitorTimes.fingerprint(reader, "2026-11-28"));
    }

    @Test
    void concurrentClaimsOfOneVisitorSucceedOnceAndOfManyVisitorsAllSucceed() throws InterruptedException {
        AtomicInteger sameReaderCounted = new AtomicInteger();
        AtomicInteger readersCounted = new AtomicInteger();
        long sameReader = VisitorTimes.fingerprint("same-reader", "article-1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    if (times.claim(sameReader, 10, 1_800_000)) {
                        sameReaderCounted.incrementAndGet();
                    }
                    if (times.claim(
                            VisitorTimes.fingerprint("reader-" + thread + "-" + i, "article-1"), 10, 1_800_000)) {
                        readersCounted.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(sameReaderCounted).hasValue(1);
        assertThat(readersCounted).hasValue(160_000);
        assertThat(times.size()).isEqualTo(160_001);
    }
}
