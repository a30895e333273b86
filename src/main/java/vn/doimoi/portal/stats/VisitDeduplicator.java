package vn.doimoi.portal.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says whether a visitor's view of an article counts: once per visitor and article within a
 * window (30 minutes), so a reload is not a new view. Time comes in as a parameter.
 */
public final class VisitDeduplicator {

    private final Duration window;
    private final Map<String, Instant> lastCounted = new ConcurrentHashMap<>();

    public VisitDeduplicator(Duration window) {
        this.window = window;
    }

    /** True, and remembered, when this visitor's view of this key counts at {@code now}. */
    public boolean counts(String visitor, String key, Instant now) {
        boolean[] counted = {false};
        lastCounted.compute(visitor + "|" + key, (k, previous) -> {
            if (previous == null || !now.isBefore(previous.plus(window))) {
                counted[0] = true;
                return now;
            }
            return previous;
        });
        return counted[0];
    }

    /** Forgets views older than the window, so memory stays bounded. */
    public void evictBefore(Instant now) {
        Instant oldest = now.minus(window);
        lastCounted.values().removeIf(at -> at.isBefore(oldest));
    }

    int size() {
        return lastCounted.size();
    }
}
