package vn.doimoi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test moves instead of sleeping: from the real time or from a fixed start, plus an
 * offset the test sets or advances. Test code only; the application's clock is
 * {@link vn.doimoi.shared.HistoryClock}.
 */
public final class MovableClock extends Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final @org.jspecify.annotations.Nullable Instant start;
    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    /** The real time, in the province's zone, until the test moves it. */
    public MovableClock() {
        this(null, VIETNAM);
    }

    /** Stands at {@code start} until the test moves it. */
    public MovableClock(Instant start) {
        this(start, VIETNAM);
    }

    private MovableClock(@org.jspecify.annotations.Nullable Instant start, ZoneId zone) {
        this.start = start;
        this.zone = zone;
    }

    /** Moves the clock to {@code offset} from its start (the real time, or the fixed start). */
    public void setOffset(Duration offset) {
        this.offset = offset;
    }

    /** Moves the clock forward by {@code duration}. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        return (start == null ? Instant.now() : start).plus(offset);
    }
}
