package vn.doimoi.portal.stats;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.portal.VisitorStats;

/**
 * View counts and visitor statistics, aggregated in memory and written to the database in
 * batches (every few seconds and on a graceful shutdown), never once per request. A reader's
 * reload within the view window counts once; a visitor counts once a day; bots never count.
 */
@Service
@EnableConfigurationProperties(PortalProperties.class)
public class PortalCounters {

    private static final Logger log = LoggerFactory.getLogger(PortalCounters.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PortalProperties properties;
    private final Counters<UUID> views = new Counters<>();
    private final Counters<LocalDate> visits = new Counters<>();
    private final VisitDeduplicator viewDeduplicator;
    private final VisitDeduplicator dayDeduplicator = new VisitDeduplicator(Duration.ofDays(1));
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    /** Readers see stored + pending consistently: a flush moves counts from memory to the database under it. */
    private final ReentrantReadWriteLock moving = new ReentrantReadWriteLock();

    PortalCounters(JdbcTemplate jdbc, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.viewDeduplicator = new VisitDeduplicator(properties.viewWindow());
    }

    /** A reader opened a published article; true when it counted. */
    public boolean viewed(UUID articleId, String visitor, String userAgent, Instant now) {
        if (Bots.isBot(userAgent)) {
            return false;
        }
        if (!viewDeduplicator.counts(visitor, articleId.toString(), now)) {
            return false;
        }
        views.increment(articleId);
        return true;
    }

    /** A visitor opened a public page: online now, and one visit per day. */
    public void visited(String visitor, String userAgent, Instant now) {
        if (Bots.isBot(userAgent)) {
            return;
        }
        lastSeen.put(visitor, now);
        LocalDate day = LocalDate.ofInstant(now, VIETNAM);
        if (dayDeduplicator.counts(visitor, day.toString(), now)) {
            visits.increment(day);
        }
    }

    /** The stored count plus what is still in memory. */
    public long views(UUID articleId) {
        moving.readLock().lock();
        try {
            List<Long> stored = jdbc.queryForList(
                    "select views from portal.article_views where article_id = ?", Long.class, articleId);
            return (stored.isEmpty() ? 0 : stored.get(0)) + views.pending(articleId);
        } finally {
            moving.readLock().unlock();
        }
    }

    public VisitorStats stats(Instant now) {
        moving.readLock().lock();
        try {
            return statsAt(now);
        } finally {
            moving.readLock().unlock();
        }
    }

    private VisitorStats statsAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, VIETNAM);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant onlineSince = now.minus(properties.onlineWindow());
        long online =
                lastSeen.values().stream().filter(at -> at.isAfter(onlineSince)).count();
        long[] stored = jdbc.queryForObject(
                """
                select coalesce(sum(visits) filter (where day = ?), 0),
                       coalesce(sum(visits) filter (where day >= ?), 0),
                       coalesce(sum(visits), 0)
                from portal.visit_day""", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, today, monday);
        long pendingToday = visits.pending(today);
        long pendingWeek = 0;
        for (LocalDate day = monday; !day.isAfter(today); day = day.plusDays(1)) {
            pendingWeek += visits.pending(day);
        }
        long pendingTotal = visits.sum();
        return new VisitorStats(
                Math.max(online, 0), stored[0] + pendingToday, stored[1] + pendingWeek, stored[2] + pendingTotal);
    }

    /** Writes what was counted since the last flush, in two batched statements. */
    @Scheduled(
            fixedDelayString = "${doimoi.portal.count-flush-interval:5s}",
            initialDelayString = "${doimoi.portal.count-flush-interval:5s}")
    public void flush() {
        moving.writeLock().lock();
        try {
            Map<UUID, Long> viewBatch = views.drain();
            try {
                if (!viewBatch.isEmpty()) {
                    List<Object[]> rows = new ArrayList<>();
                    viewBatch.forEach((id, n) -> rows.add(new Object[] {id, n}));
                    jdbc.batchUpdate("""
                            insert into portal.article_views (article_id, views) values (?, ?)
                            on conflict (article_id) do update set views = portal.article_views.views + excluded.views""", rows);
                }
            } catch (RuntimeException e) {
                viewBatch.forEach(views::add);
                log.warn("View counts not written; kept for the next flush", e);
            }
            Map<LocalDate, Long> visitBatch = visits.drain();
            try {
                if (!visitBatch.isEmpty()) {
                    List<Object[]> rows = new ArrayList<>();
                    visitBatch.forEach((day, n) -> rows.add(new Object[] {day, n}));
                    jdbc.batchUpdate("""
                            insert into portal.visit_day (day, visits) values (?, ?)
                            on conflict (day) do update set visits = portal.visit_day.visits + excluded.visits""", rows);
                }
            } catch (RuntimeException e) {
                visitBatch.forEach(visits::add);
                log.warn("Visit counts not written; kept for the next flush", e);
            }
            Instant now = clock.instant();
            viewDeduplicator.evictBefore(now);
            dayDeduplicator.evictBefore(now);
            Instant onlineSince = now.minus(properties.onlineWindow());
            lastSeen.values().removeIf(at -> at.isBefore(onlineSince));
        } finally {
            moving.writeLock().unlock();
        }
    }

    /** Nothing counted is lost on a graceful shutdown. */
    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
