package vn.doimoi.shared.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Values many requests compute alike from the database, kept while the tables they were read from
 * are unchanged: the kept pages' mechanism (ADR 0074) for a part of a page that is not kept
 * whole. The search page, never kept (its query is the reader's), named its facet values by
 * loading the whole field taxonomy for every search: 32 concurrent searches queued for the pool's
 * ten connections for one to four seconds (JFR under wrk, issue 22).
 *
 * <p>A value is made again on the first request after a commit wrote one of its tables, whoever
 * wrote it. A value whose making read no table through the application's data source is not kept:
 * nothing would tell it stale.
 */
@Component
public class KeptValues {

    private final DataGenerations generations;
    private final Cache<Object, Kept> kept = Caffeine.newBuilder()
            .maximumSize(4_096)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    KeptValues(DataGenerations generations) {
        this.generations = generations;
    }

    /**
     * The value kept under {@code key}, or {@code make}'s, kept if it read from the database.
     *
     * @param key equal for requests that would make the same value (a record, a list)
     * @param make makes the value; what it answers must not be changed by callers
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> make) {
        Kept held = kept.getIfPresent(key);
        if (held != null && held.current(generations)) {
            return (T) held.value();
        }
        TablesRead.Recorded<T> made = TablesRead.recording(make);
        if (!made.tables().isEmpty()) {
            kept.put(key, new Kept(made.value(), made.tables()));
        }
        return made.value();
    }

    /** A value, with the tables it was made from and their generations then. */
    private record Kept(Object value, Map<String, Long> tables) {

        boolean current(DataGenerations generations) {
            return TablesRead.unchanged(tables, generations);
        }
    }
}
