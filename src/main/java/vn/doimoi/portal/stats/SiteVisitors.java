package vn.doimoi.portal.stats;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The visitors of every node, merged in PostgreSQL (ADR 0084, {@code doimoi.portal.visitors=postgresql}):
 * who was seen when ({@code portal.visitor_seen}, for "online now"), who already counted on a
 * day ({@code portal.visitor_day}) and who viewed which article within the view window
 * ({@code portal.visitor_view}), each node adding its batch at {@link PortalCounters}' flush. A
 * visitor is its 64-bit fingerprint (never the cookie itself). A visitor new on this node is
 * counted for the day only if no node counted it before: the insert that finds the row already
 * there adds nothing.
 */
final class SiteVisitors {

    private static final Logger log = LoggerFactory.getLogger(SiteVisitors.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;
    private volatile Instant lastForgotten = Instant.EPOCH;
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private final Map<Long, LocalDate> firstToday = new ConcurrentHashMap<>();
    private final Map<Long, View> firstViews = new ConcurrentHashMap<>();
    private volatile long online;

    SiteVisitors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The visitor was seen on this node at {@code at} (epoch milliseconds). */
    void seen(long visitor, long at) {
        seen.merge(visitor, at, Math::max);
    }

    /** The visitor counted for the first time today on this node; the flush asks the other nodes. */
    void firstOn(long visitor, LocalDate day) {
        firstToday.put(visitor, day);
    }

    /** A view this node counted for the visitor and the article within the window; the flush asks the other nodes. */
    void viewed(long visitorAndArticle, UUID article, long at) {
        firstViews.put(visitorAndArticle, new View(article, at));
    }

    /** Visitors online on the whole site, as of the last flush. */
    long online() {
        return online;
    }

    /**
     * Adds this node's batch and answers the visits per day that no node had counted yet; reads
     * how many visitors the whole site saw within the window. Runs on the flush's thread.
     */
    /** What no node had counted yet: the visits per day and the views per article. */
    record Counted(Map<LocalDate, Long> visits, Map<UUID, Long> views) {}

    Counted exchange(Instant now, Duration onlineWindow, Duration viewWindow) {
        try {
            Counted counted = add(now, onlineWindow, viewWindow);
            if (now.isAfter(lastForgotten.plusSeconds(60))) {
                lastForgotten = now;
                forget(now, onlineWindow, viewWindow, LocalDate.ofInstant(now, VIETNAM));
            }
            return counted;
        } catch (RuntimeException e) {
            log.warn("Visitors not shared with the other nodes; trying again at the next flush", e);
            return new Counted(Map.of(), Map.of());
        }
    }

    private Counted add(Instant now, Duration onlineWindow, Duration viewWindow) {
        Map<Long, Long> seenBatch = drain(seen);
        Map<Long, LocalDate> dayBatch = drain(firstToday);
        Map<Long, View> viewBatch = drain(firstViews);
        try {
            if (!seenBatch.isEmpty()) {
                List<Object[]> rows = new ArrayList<>();
                seenBatch.forEach(
                        (visitor, at) -> rows.add(new Object[] {visitor, Timestamp.from(Instant.ofEpochMilli(at))}));
                jdbc.batchUpdate("""
                        insert into portal.visitor_seen (visitor, seen_at) values (?, ?)
                        on conflict (visitor) do update set seen_at = greatest(portal.visitor_seen.seen_at, excluded.seen_at)""", rows);
            }
            Map<LocalDate, Long> counted = new HashMap<>();
            if (!dayBatch.isEmpty()) {
                List<Object[]> rows = new ArrayList<>();
                dayBatch.forEach((visitor, day) -> rows.add(new Object[] {visitor, day}));
                int[][] inserted = jdbc.batchUpdate(
                        "insert into portal.visitor_day (visitor, day) values (?, ?) on conflict do nothing",
                        rows,
                        500,
                        (statement, row) -> {
                            statement.setLong(1, (Long) row[0]);
                            statement.setObject(2, row[1]);
                        });
                int i = 0;
                for (int[] batch : inserted) {
                    for (int count : batch) {
                        if (count > 0) {
                            counted.merge((LocalDate) rows.get(i)[1], 1L, Long::sum);
                        }
                        i++;
                    }
                }
            }
            Map<UUID, Long> viewed = new HashMap<>();
            if (!viewBatch.isEmpty()) {
                List<Map.Entry<Long, View>> rows = List.copyOf(viewBatch.entrySet());
                // counted again only when the last count is a whole window old, as on one node
                int[][] counts = jdbc.batchUpdate("""
                        insert into portal.visitor_view (visitor_and_article, counted_at) values (?, ?)
                        on conflict (visitor_and_article) do update set counted_at = excluded.counted_at
                        where portal.visitor_view.counted_at <= excluded.counted_at - ?::interval""", rows, 500, (statement, row) -> {
                    statement.setLong(1, row.getKey());
                    statement.setTimestamp(
                            2,
                            Timestamp.from(Instant.ofEpochMilli(row.getValue().at())));
                    statement.setString(3, viewWindow.toMillis() + " milliseconds");
                });
                int i = 0;
                for (int[] batch : counts) {
                    for (int count : batch) {
                        if (count > 0) {
                            viewed.merge(rows.get(i).getValue().article(), 1L, Long::sum);
                        }
                        i++;
                    }
                }
            }
            Timestamp since = Timestamp.from(now.minus(onlineWindow));
            Long count = jdbc.queryForObject(
                    "select count(*) from portal.visitor_seen where seen_at > ?", Long.class, since);
            online = count == null ? 0 : count;
            return new Counted(counted, viewed);
        } catch (RuntimeException e) {
            seenBatch.forEach(this::seen); // the next flush tries again
            dayBatch.forEach(firstToday::putIfAbsent);
            viewBatch.forEach(firstViews::putIfAbsent);
            throw e;
        }
    }

    /** Forgets who was seen before the window and who counted before yesterday: the tables stay small. */
    private void forget(Instant now, Duration onlineWindow, Duration viewWindow, LocalDate today) {
        jdbc.update("delete from portal.visitor_seen where seen_at < ?", Timestamp.from(now.minus(onlineWindow)));
        jdbc.update("delete from portal.visitor_view where counted_at < ?", Timestamp.from(now.minus(viewWindow)));
        jdbc.update("delete from portal.visitor_day where day < ?", today.minusDays(1));
    }

    /** The stored counts as every node's batches left them; the visits only when asked for. */
    record Stored(Map<UUID, Long> views, @Nullable Map<LocalDate, Long> visits) {}

    /** Reads back the stored counts of these articles (and the visits per day); null when it cannot. */
    @Nullable
    Stored stored(Set<UUID> articles, boolean visitsToo) {
        try {
            Map<UUID, Long> views = new HashMap<>();
            if (!articles.isEmpty()) {
                jdbc.query(
                        "select article_id, views from portal.article_views where article_id = any(?)",
                        statement -> statement.setArray(
                                1, statement.getConnection().createArrayOf("uuid", articles.toArray())),
                        rs -> {
                            views.put(rs.getObject(1, UUID.class), rs.getLong(2));
                        });
            }
            @Nullable Map<LocalDate, Long> visits = null;
            if (visitsToo) {
                Map<LocalDate, Long> days = new ConcurrentHashMap<>();
                jdbc.query("select day, visits from portal.visit_day", rs -> {
                    days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
                visits = days;
            }
            return new Stored(views, visits);
        } catch (RuntimeException e) {
            log.warn("Stored counts not read back; the next flush tries again", e);
            return null;
        }
    }

    private record View(UUID article, long at) {}

    private static <K, V> Map<K, V> drain(Map<K, V> map) {
        Map<K, V> drained = new HashMap<>();
        for (K key : List.copyOf(map.keySet())) {
            V value = map.remove(key);
            if (value != null) {
                drained.put(key, value);
            }
        }
        return drained;
    }
}
