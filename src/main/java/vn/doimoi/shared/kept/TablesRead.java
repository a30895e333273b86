package vn.doimoi.shared.kept;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tables the page being rendered on this thread has read, each with its generation when it
 * was first read: taken before the statement runs, so a change committing meanwhile leaves the
 * page with an older generation than the table's, and the page is rendered again.
 */
final class TablesRead {

    private static final ThreadLocal<@Nullable Map<String, Long>> READING = new ThreadLocal<>();

    private TablesRead() {}

    static void start() {
        READING.set(new HashMap<>());
    }

    /** What was read since {@link #start()}; recording stops. */
    static Map<String, Long> stop() {
        Map<String, Long> read = READING.get();
        READING.remove();
        return read == null ? Map.of() : Map.copyOf(read);
    }

    /** A value and the tables read to make it, each with its generation then. */
    record Recorded<T>(T value, Map<String, Long> tables) {}

    /**
     * Runs {@code work} recording the tables it reads; a recording already running on this thread
     * (a page being rendered) gets them too, as the page depends on them as well.
     */
    static <T> Recorded<T> recording(java.util.function.Supplier<T> work) {
        Map<String, Long> outer = READING.get();
        Map<String, Long> inner = new HashMap<>();
        READING.set(inner);
        try {
            T value = work.get();
            return new Recorded<>(value, Map.copyOf(inner));
        } finally {
            if (outer == null) {
                READING.remove();
            } else {
                inner.forEach(outer::putIfAbsent);
                READING.set(outer);
            }
        }
    }

    /** Whether no table of {@code tables} has changed since its generation there was taken. */
    static boolean unchanged(Map<String, Long> tables, DataGenerations generations) {
        for (Map.Entry<String, Long> table : tables.entrySet()) {
            if (generations.current(table.getKey()) != table.getValue()) {
                return false;
            }
        }
        return true;
    }

    static void read(Set<String> tables, DataGenerations generations) {
        Map<String, Long> read = READING.get();
        if (read != null) {
            for (String table : tables) {
                read.computeIfAbsent(table, generations::current);
            }
        }
    }
}
