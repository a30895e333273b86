package vn.doimoi.opendata.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** OAI-PMH datestamps: UTC, to the second ({@code YYYY-MM-DDThh:mm:ssZ}) or the day in arguments. */
final class OaiDates {

    /** The lower limit of every datestamp here (Identify's earliestDatestamp). */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** The end of time for an open range, which PostgreSQL still stores. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private OaiDates() {}

    /** A datestamp as OAI-PMH writes it. */
    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A {@code from} or {@code until} argument, with its granularity. */
    record Bound(Instant start, boolean day) {

        /** The first instant after this bound, for {@code until} (inclusive in OAI-PMH). */
        Instant end() {
            return day ? start.plus(1, ChronoUnit.DAYS) : start.plusSeconds(1);
        }
    }

    /** The argument read, or nothing when it is not a valid OAI-PMH date; null when absent. */
    static @Nullable Optional<Bound> parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            if (DAY.matcher(value).matches()) {
                return Optional.of(new Bound(
                        LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant(), true));
            }
            if (SECOND.matcher(value).matches()) {
                return Optional.of(new Bound(Instant.parse(value), false));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
