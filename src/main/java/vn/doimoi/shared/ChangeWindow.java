package vn.doimoi.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One page of a change feed, for harvesters (OAI-PMH, the open-data API): the records changed
 * after the cursor ({@code afterAt}, then {@code afterId}) and before {@code before}, oldest first,
 * at most {@code limit}. A cursor rather than an offset, so that a record changing during a harvest
 * never shifts the pages after it.
 *
 * @param afterAt the change instant of the last record already read (or the start of the range)
 * @param afterId the id of that record (the nil UUID at the start of the range)
 * @param before the end of the range, exclusive
 * @param limit how many records at most (1 to 1,000)
 */
public record ChangeWindow(Instant afterAt, UUID afterId, Instant before, int limit) {

    /** The nil UUID, before every other: a window from an instant includes records changed at it. */
    public static final UUID FIRST = new UUID(0L, 0L);

    public ChangeWindow {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** The records changed at or after {@code from} and before {@code before}. */
    public static ChangeWindow from(Instant from, Instant before, int limit) {
        return new ChangeWindow(from, FIRST, before, limit);
    }

    /** The SQL predicate and order over a query whose columns include {@code changed_at} and {@code id}. */
    public String wrap(String select) {
        return "SELECT * FROM (" + select + ") w WHERE (w.changed_at, w.id) > (:afterAt, :afterId)"
                + " AND w.changed_at < :before ORDER BY w.changed_at, w.id LIMIT :limit";
    }

    public OffsetDateTime afterAtUtc() {
        return OffsetDateTime.ofInstant(afterAt, ZoneOffset.UTC);
    }

    public OffsetDateTime beforeUtc() {
        return OffsetDateTime.ofInstant(before, ZoneOffset.UTC);
    }
}
