package vn.doimoi.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock. An import of history (a register kept elsewhere until now, the demo)
 * runs each past step through the same services as the screens, {@link #asOf held} at the moment
 * the step happened, so the step is checked by the same rules and dated when it really happened.
 * The hold belongs to the importing thread and ends with its step; every other thread reads the
 * real time, and so does the audit trail ({@link #unheld}): it says when the import was done.
 */
public final class HistoryClock extends Clock {

    private static final ThreadLocal<@Nullable Instant> HELD = new ThreadLocal<>();

    private final ZoneId zone;

    public HistoryClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Runs one imported step with this clock reading {@code at} on the current thread. */
    public <T> T asOf(Instant at, Supplier<T> step) {
        Instant before = HELD.get();
        HELD.set(at);
        try {
            return step.get();
        } finally {
            if (before == null) {
                HELD.remove();
            } else {
                HELD.set(before);
            }
        }
    }

    /**
     * The real time whatever an import holds, for what records when it was written rather than
     * when the imported step happened (the audit trail).
     */
    public static Clock unheld(Clock clock) {
        return clock instanceof HistoryClock history ? Clock.system(history.zone) : clock;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new HistoryClock(other);
    }

    @Override
    public Instant instant() {
        Instant held = HELD.get();
        return held == null ? Instant.now() : held;
    }
}
