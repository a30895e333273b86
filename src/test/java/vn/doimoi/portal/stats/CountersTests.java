package vn.doimoi.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CountersTests {

    @Test
    void noIncrementIsLostWhileDrainingConcurrently() throws Exception {
        Counters<String> counters = new Counters<>();
        AtomicLong drained = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int perThread = 20_000;
        for (int t = 0; t < 8; t++) {
            String key = "article-" + (t % 3);
            pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    counters.increment(key);
                }
            });
        }
        // drain while the increments run, as the scheduled flush does
        for (int i = 0; i < 200; i++) {
            counters.drain().values().forEach(drained::addAndGet);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        counters.drain().values().forEach(drained::addAndGet);

        assertThat(drained.get()).isEqualTo(8L * perThread);
        assertThat(counters.sum()).isZero();
    }

    @Test
    void whatCouldNotBeWrittenIsAddedBack() {
        Counters<String> counters = new Counters<>();
        counters.increment("a");
        counters.increment("a");

        counters.drain().forEach(counters::add);

        assertThat(counters.pending("a")).isEqualTo(2);
    }
}
