package vn.doimoi.portal.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts in memory by key, exactly, under concurrency; {@link #drain} hands over what was counted
 * and starts again from zero, without losing an increment made while draining.
 */
public final class Counters<K> {

    private final ConcurrentHashMap<K, Long> counts = new ConcurrentHashMap<>();

    public void increment(K key) {
        counts.merge(key, 1L, Long::sum);
    }

    /** Adds back what could not be written, so the next drain writes it. */
    public void add(K key, long amount) {
        if (amount != 0) {
            counts.merge(key, amount, Long::sum);
        }
    }

    public long pending(K key) {
        return counts.getOrDefault(key, 0L);
    }

    /** Everything still in memory, over all keys. */
    public long sum() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Removes and returns every count; each key's removal is atomic with its increments. */
    public Map<K, Long> drain() {
        Map<K, Long> drained = new HashMap<>();
        for (K key : counts.keySet()) {
            Long value = counts.remove(key);
            if (value != null) {
                drained.merge(key, value, Long::sum);
            }
        }
        return drained;
    }
}
