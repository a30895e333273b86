package vn.doimoi.market.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import vn.doimoi.market.ListingView;

/**
 * The score a listing's own record gets for its own text, the yardstick of its matches' text
 * relevance (see {@link Matching#textRelevance}). It changes only with the listing's text (its
 * version) and, slowly, with the index's term statistics, so it is kept for a while per version
 * instead of costing a second query on every matching.
 */
final class SelfScores {

    static final Duration KEPT = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 20_000;

    private record Kept(long version, double score, Instant until) {}

    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();
    private final Clock clock;

    SelfScores(Clock clock) {
        this.clock = clock;
    }

    double get(ListingView subject, DoubleSupplier compute) {
        Instant now = clock.instant();
        Kept known = kept.get(subject.id());
        if (known != null && known.version() == subject.version() && now.isBefore(known.until())) {
            return known.score();
        }
        double score = compute.getAsDouble();
        if (score > 0) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            kept.put(subject.id(), new Kept(subject.version(), score, now.plus(KEPT)));
        }
        return score;
    }
}
