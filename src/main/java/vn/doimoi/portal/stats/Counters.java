package vn.doimoi.portal.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts in memory by key, exactly, under concurrency; {@link #drain} hands over what was counted
 * and starts again from zero, without losing an increment made while draining. One adder per key,
 * never removed: every reader of a popular article increments the same key, and an adder spreads
 * those increments over cells instead of making the readers queue on one map entry's lock.
 */
public final class Counters<K> {

    private final ConcurrentHashMap<K, LongAdder> counts = new ConcurrentHashMap<>();

    public void increment(K key) {
        adder(key).increment();
    }

    /** Adds back what could not be written, so the next drain writes it. */
    public void add(K key, long amount) {
        if (amount != 0) {
            adder(key).add(amount);
        }
    }

    public long pending(K key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.sum();
    }

    /** Everything still in memory, over all keys. */
    public long sum() {
        long sum = 0;
        for (LongAdder adder : counts.values()) {
            sum += adder.sum();
        }
        return sum;
    }

    /**
     * Takes every count and leaves zero: each cell of an adder is read and zeroed in one atomic
     * step, so an increment lands either in this drain or in the next, never in neither.
     */
    public Map<K, Long> drain() {
        Map<K, Long> drained = new HashMap<>();
        counts.forEach((key, adder) -> {
            long value = adder.sumThenReset();
            if (value != 0) {
                drained.put(key, value);
            }
        });
        return drained;
    }

    private LongAdder adder(K key) {
        LongAdder adder = counts.get(key);
        return adder != null ? adder : counts.computeIfAbsent(key, k -> new LongAdder());
    }
}
