package vn.doimoi.shared.kept;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The next moment a page being rendered may read differently with no change to its data: the
 * earliest time it shows that is still to come. A call whose deadline is today closes at the next
 * midnight, an event that starts at 14:00 is "on now" from then; both are times in the page's model,
 * so the kept page expires at that moment, and no controller has to say it (issue 22).
 *
 * <p>The model is walked after the handler: records (by their components), collections, maps,
 * optionals and arrays; other objects (entities, whose lazy relations must not be loaded from here)
 * are not entered. A date counts from its first moment and from the next day's (a deadline passes
 * at the end of its day), in the clock's zone. What depends on the clock without showing the
 * moment (a "new" badge for a week) is left to the kept page's one-minute bound.
 */
final class TimesShown {

    private static final ThreadLocal<@Nullable Watch> WATCHING = new ThreadLocal<>();
    /** How deep and how many values a model is walked: a page shows far fewer. */
    private static final int MAX_DEPTH = 6;

    private static final int MAX_VALUES = 20_000;
    /** The accessors worth calling per record class: components that may hold a time. */
    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private TimesShown() {}

    /** Starts watching the page rendered on this thread, as seen at {@code now}. */
    static void start(Instant now, ZoneId zone) {
        WATCHING.set(new Watch(now, zone));
    }

    /** The earliest time to come that the page showed, or null; watching stops. */
    static @Nullable Instant stop() {
        Watch watch = WATCHING.get();
        WATCHING.remove();
        return watch == null ? null : watch.next;
    }

    /** The model of a page being rendered: its times to come, if a kept page is being made. */
    static void shown(Collection<?> values) {
        Watch watch = WATCHING.get();
        if (watch != null) {
            try {
                watch.walk(values);
            } catch (RuntimeException unreadable) {
                // a value that cannot be walked (a lazy collection with no session) shows no time:
                // the page is kept for the usual minute
            }
        }
    }

    private static final class Watch {

        private final Instant now;
        private final ZoneId zone;
        private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private @Nullable Instant next;

        Watch(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void walk(Collection<?> values) {
            for (Object value : values) {
                visit(value, 0);
            }
        }

        private void visit(@Nullable Object value, int depth) {
            if (value == null || depth > MAX_DEPTH || seen.size() >= MAX_VALUES) {
                return;
            }
            if (value instanceof Instant instant) {
                later(instant);
            } else if (value instanceof LocalDate date) {
                later(date.atStartOfDay(zone).toInstant());
                later(date.plusDays(1).atStartOfDay(zone).toInstant());
            } else if (value instanceof LocalDateTime dateTime) {
                later(dateTime.atZone(zone).toInstant());
            } else if (value instanceof ZonedDateTime dateTime) {
                later(dateTime.toInstant());
            } else if (value instanceof OffsetDateTime dateTime) {
                later(dateTime.toInstant());
            } else if (value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>) {
                return;
            } else if (!seen.add(value)) {
                return;
            } else if (value instanceof Iterable<?> many) {
                for (Object each : many) {
                    visit(each, depth + 1);
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    visit(entry.getKey(), depth + 1);
                    visit(entry.getValue(), depth + 1);
                }
            } else if (value instanceof Optional<?> optional) {
                visit(optional.orElse(null), depth + 1);
            } else if (value instanceof Object[] array) {
                for (Object each : array) {
                    visit(each, depth + 1);
                }
            } else if (value.getClass().isRecord()) {
                for (Method accessor : accessors(value.getClass())) {
                    visit(component(accessor, value), depth + 1);
                }
            }
        }

        private void later(Instant time) {
            if (time.isAfter(now) && (next == null || time.isBefore(next))) {
                next = time;
            }
        }
    }

    private static List<Method> accessors(Class<?> record) {
        return ACCESSORS.computeIfAbsent(record, type -> {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> kind = component.getType();
                if (!kind.isPrimitive() && kind != String.class && !Number.class.isAssignableFrom(kind)) {
                    Method accessor = component.getAccessor();
                    if (accessor.trySetAccessible()) {
                        accessors.add(accessor);
                    }
                }
            }
            return List.copyOf(accessors);
        });
    }

    private static @Nullable Object component(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null; // a component that cannot be read shows no time
        }
    }
}
