package vn.doimoi.traceability.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The time on a worker's phone forms: Vietnam's wall clock to the minute, as a {@code datetime-local}
 * field shows and sends it.
 */
final class StepTime {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private StepTime() {}

    /** Now, as the form's time field starts. */
    static String now(Clock clock) {
        return LocalDateTime.now(clock.withZone(VIETNAM))
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    /** The instant the worker typed, or null when the field is empty or not a time. */
    static @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
