package vn.doimoi.portal.stats;

import java.time.Duration;
import java.time.Instant;

/**
 * Says whether a visitor's view of an article counts: once per visitor and article within a
 * window (30 minutes), so a reload is not a new view. Time comes in as a parameter.
 */
public final class VisitDeduplicator {

    private final long window;
    /** When each (visitor, key) pair last counted, by the pair's fingerprint. */
    private final VisitorTimes lastCounted = new VisitorTimes();

    public VisitDeduplicator(Duration window) {
        this.window = window.toMillis();
    }

    /** True, and remembered, when this visitor's view of this key counts at {@code now}. */
    public boolean counts(String visitor, String key, Instant now) {
        return lastCounted.claim(VisitorTimes.fingerprint(visitor, key), now.toEpochMilli(), window);
    }

    /** Forgets views older than the window, so memory stays bounded. */
    public void evictBefore(Instant now) {
        lastCounted.forgetBefore(now.toEpochMilli() - window);
    }

    int size() {
        return lastCounted.size();
    }
}
