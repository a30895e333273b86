package vn.doimoi.portal.stats;

import jakarta.annotation.PostConstruct;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.portal.VisitorStats;

/**
 * View counts and visitor statistics, aggregated in memory and written to the database in
 * batches (every half second and on a graceful shutdown, so a crash loses less than a second's views),
 * never once per request. A reader's
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
    private final VisitorTimes lastSeen = new VisitorTimes();
    /** When each cookie-less (address, user agent) was last seen, for "online now". */
    private final VisitorTimes lastSeenWithoutCookie = new VisitorTimes();
    /** What the database holds, mirrored so that reading a count needs no query (one node writes). */
    private final Map<UUID, Long> storedViews = new ConcurrentHashMap<>();
    /** Counts a flush is writing: still counted by readers while the database write runs unlocked. */
    private final Map<UUID, Long> viewsInFlight = new ConcurrentHashMap<>();

    private final Map<LocalDate, Long> visitsInFlight = new ConcurrentHashMap<>();
    /** One flush at a time; a first read of a stored count waits for a running flush. */
    private final java.util.concurrent.locks.ReentrantLock writing = new java.util.concurrent.locks.ReentrantLock();

    private volatile @Nullable Map<LocalDate, Long> storedVisits;
    /** "Online now" counted over all recent visitors at most once a second, not once per request. */
    private final java.util.concurrent.atomic.AtomicLong onlineCount = new java.util.concurrent.atomic.AtomicLong();

    private volatile @Nullable Instant onlineCountedAt;

    private final java.util.concurrent.atomic.AtomicBoolean recountingOnline =
            new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * Readers see stored + in flight + pending consistently: a flush moves counts between them
     * under the write lock, and readers read optimistically, retrying if a move happened meanwhile.
     * A read-write lock made every reader queue behind a flush waiting for its turn on a busy CPU.
     */
    private final StampedLock moving = new StampedLock();

    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "portal-count-flush");
        thread.setDaemon(true);
        return thread;
    });

    /** With several nodes, the visitors of all of them (ADR 0084); null when this node is the site. */
    private final @Nullable SiteVisitors site;

    PortalCounters(
            JdbcTemplate jdbc,
            Clock clock,
            PortalProperties properties,
            @Value("${doimoi.portal.visitors:memory}") String visitors) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.viewDeduplicator = new VisitDeduplicator(properties.viewWindow());
        this.site = "postgresql".equalsIgnoreCase(visitors.strip()) ? new SiteVisitors(jdbc) : null;
    }

    /** A reader known by its cookie opened a published article; true when it counted. */
    public boolean viewed(UUID articleId, String visitor, String userAgent, Instant now) {
        return viewed(articleId, Reader.withCookie(visitor, userAgent), now);
    }

    /**
     * A reader opened a published article; true when it counted. A request without a cookie counts
     * only when its address and user agent have not viewed the article within the window; then the
     * id it was just given is marked too, so the reload that brings the cookie back does not count
     * again, while a client that never returns cookies leaves one entry per address and agent.
     */
    public boolean viewed(UUID articleId, Reader reader, Instant now) {
        if (Bots.isBot(reader.userAgent())) {
            return false;
        }
        String article = articleId.toString();
        if (reader.cookieless() && !viewDeduplicator.counts(reader.addressAndAgent(), article, now)) {
            // The id given with this answer belongs to the reader already counted: mark it, or the
            // reload that sends it back would count a browser that dropped its cookie twice.
            viewDeduplicator.counts(reader.visitor(), article, now);
            return false;
        }
        if (!viewDeduplicator.counts(reader.visitor(), article, now)) {
            return false;
        }
        if (site != null) { // counted once the flush finds no node counted it within the window
            site.viewed(VisitorTimes.fingerprint(reader.visitor(), article), articleId, now.toEpochMilli());
        } else {
            views.increment(articleId);
        }
        return true;
    }

    /** A visitor known by its cookie opened a public page. */
    public void visited(String visitor, String userAgent, Instant now) {
        visited(Reader.withCookie(visitor, userAgent), now);
    }

    /**
     * A visitor opened a public page: online now, and one visit per day. Without a cookie, only
     * the first request of an address and user agent within the online window (for "online now")
     * and within the day (for the visits) is taken, under the id given with it.
     */
    public void visited(Reader reader, Instant now) {
        if (Bots.isBot(reader.userAgent())) {
            return;
        }
        long onlineSince = now.minus(properties.onlineWindow()).toEpochMilli();
        boolean firstOnline = true;
        if (reader.cookieless()) {
            long seen =
                    lastSeenWithoutCookie.swap(VisitorTimes.fingerprint(reader.addressAndAgent()), now.toEpochMilli());
            firstOnline = seen == VisitorTimes.NEVER || seen < onlineSince;
        }
        if (firstOnline) {
            long visitor = VisitorTimes.fingerprint(reader.visitor());
            long before = lastSeen.swap(visitor, now.toEpochMilli());
            if (site != null) {
                site.seen(visitor, now.toEpochMilli());
            }
            if (before == VisitorTimes.NEVER || before < onlineSince) {
                onlineCount.incrementAndGet(); // exact again at the next recount, within a second
            }
        }
        LocalDate day = LocalDate.ofInstant(now, VIETNAM);
        String dayKey = day.toString();
        if (reader.cookieless() && !dayDeduplicator.counts(reader.addressAndAgent(), dayKey, now)) {
            dayDeduplicator.counts(reader.visitor(), dayKey, now); // the same reader's new id, as for views
            return;
        }
        if (dayDeduplicator.counts(reader.visitor(), dayKey, now)) {
            if (site != null) {
                site.firstOn(VisitorTimes.fingerprint(reader.visitor()), day); // counted once the flush finds it new
            } else {
                visits.increment(day);
            }
        }
    }

    /**
     * The stored count plus what is being written and what is still in memory; the stored count
     * is read from the database once (while no flush is writing), then kept up to date.
     */
    public long views(UUID articleId) {
        if (!storedViews.containsKey(articleId)) {
            writing.lock();
            try {
                storedViews.computeIfAbsent(articleId, id -> {
                    List<Long> rows = jdbc.queryForList(
                            "select views from portal.article_views where article_id = ?", Long.class, id);
                    return rows.isEmpty() ? 0L : rows.get(0);
                });
            } finally {
                writing.unlock();
            }
        }
        return consistently(() -> storedViews.getOrDefault(articleId, 0L)
                + viewsInFlight.getOrDefault(articleId, 0L)
                + views.pending(articleId));
    }

    public VisitorStats stats(Instant now) {
        storedVisits();
        long online = online(now); // outside the lock: a recount must not hold up a flush and, behind it, readers
        return consistently(() -> statsAt(now, online));
    }

    /** Reads without taking the lock unless a flush keeps moving counts under the reader. */
    private <T> T consistently(Supplier<T> read) {
        for (int attempt = 0; attempt < 3; attempt++) {
            long stamp = moving.tryOptimisticRead();
            T value = read.get();
            if (stamp != 0 && moving.validate(stamp)) {
                return value;
            }
            Thread.onSpinWait();
        }
        long stamp = moving.readLock();
        try {
            return read.get();
        } finally {
            moving.unlockRead(stamp);
        }
    }

    private VisitorStats statsAt(Instant now, long online) {
        LocalDate today = LocalDate.ofInstant(now, VIETNAM);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, Long> stored = storedVisits();
        long storedToday = stored.getOrDefault(today, 0L);
        long storedWeek = 0;
        long storedTotal = 0;
        for (Map.Entry<LocalDate, Long> day : stored.entrySet()) {
            storedTotal += day.getValue();
            if (!day.getKey().isBefore(monday) && !day.getKey().isAfter(today)) {
                storedWeek += day.getValue();
            }
        }
        long pendingToday = visits.pending(today) + visitsInFlight.getOrDefault(today, 0L);
        long pendingWeek = 0;
        for (LocalDate day = monday; !day.isAfter(today); day = day.plusDays(1)) {
            pendingWeek += visits.pending(day) + visitsInFlight.getOrDefault(day, 0L);
        }
        long pendingTotal = visits.sum();
        for (long n : visitsInFlight.values()) {
            pendingTotal += n;
        }
        return new VisitorStats(
                online, storedToday + pendingToday, storedWeek + pendingWeek, storedTotal + pendingTotal);
    }

    /** One request a second recounts; the others, meanwhile, take the last count rather than wait. */
    private long online(Instant now) {
        Instant countedAt = onlineCountedAt;
        boolean stale = countedAt == null || now.isBefore(countedAt) || now.isAfter(countedAt.plusSeconds(1));
        if (stale && recountingOnline.compareAndSet(false, true)) {
            try {
                onlineCount.set(
                        lastSeen.countAfter(now.minus(properties.onlineWindow()).toEpochMilli()));
                onlineCountedAt = now;
            } finally {
                recountingOnline.set(false);
            }
        }
        long here = Math.max(onlineCount.get(), 0);
        return site == null ? here : Math.max(here, site.online());
    }

    /** The visits per day in the database: one row per day, read once, then kept up to date by the flush. */
    private Map<LocalDate, Long> storedVisits() {
        Map<LocalDate, Long> stored = storedVisits;
        if (stored == null) {
            writing.lock();
            try {
                stored = storedVisits;
                if (stored == null) {
                    Map<LocalDate, Long> loaded = new ConcurrentHashMap<>();
                    jdbc.query("select day, visits from portal.visit_day", rs -> {
                        loaded.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                    });
                    storedVisits = loaded;
                    stored = loaded;
                }
            } finally {
                writing.unlock();
            }
        }
        return stored;
    }

    /**
     * Flushes every {@code count-flush-interval} (500 ms) on a thread of its own: on the shared
     * scheduler a slow job (mail, a daily digest) would hold the flush up, and a crash meanwhile
     * would lose more than the interval's views.
     */
    @PostConstruct
    void startFlushing() {
        long every = properties.countFlushInterval().toMillis();
        flusher.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Counts not flushed; trying again at the next interval", e);
        }
    }

    /** Writes what was counted since the last flush, in two batched statements. */
    public void flush() {
        writing.lock();
        try {
            if (site != null) { // the visits and views no node had counted yet join this batch
                SiteVisitors.Counted counted =
                        site.exchange(clock.instant(), properties.onlineWindow(), properties.viewWindow());
                counted.visits().forEach(visits::add);
                counted.views().forEach(views::add);
            }
            Map<UUID, Long> viewBatch;
            Map<LocalDate, Long> visitBatch;
            // 1. move the counts from "pending" to "being written" (readers see their sum unchanged)
            long stamp = moving.writeLock();
            try {
                viewBatch = views.drain();
                visitBatch = visits.drain();
                viewsInFlight.putAll(viewBatch);
                visitsInFlight.putAll(visitBatch);
            } finally {
                moving.unlockWrite(stamp);
            }
            // 2. write them without holding up readers
            boolean viewsWritten = write(viewBatch, """
                    insert into portal.article_views (article_id, views) values (?, ?)
                    on conflict (article_id) do update set views = portal.article_views.views + excluded.views""");
            boolean visitsWritten = write(visitBatch, """
                    insert into portal.visit_day (day, visits) values (?, ?)
                    on conflict (day) do update set visits = portal.visit_day.visits + excluded.visits""");
            // with several nodes the stored counts are read back: they hold the other nodes' batches too
            SiteVisitors.@Nullable Stored fromSite =
                    site == null ? null : site.stored(storedViews.keySet(), storedVisits != null);
            // 3. "being written" becomes "stored", or goes back to "pending" for the next flush
            stamp = moving.writeLock();
            try {
                viewsInFlight.clear();
                visitsInFlight.clear();
                if (viewsWritten) {
                    viewBatch.forEach((id, n) -> storedViews.computeIfPresent(id, (key, stored) -> stored + n));
                } else {
                    viewBatch.forEach(views::add);
                }
                if (!visitsWritten) {
                    visitBatch.forEach(visits::add);
                }
                Map<LocalDate, Long> stored = storedVisits;
                if (fromSite != null) { // the site's totals, this batch included if it was written
                    storedViews.putAll(fromSite.views());
                    storedVisits = fromSite.visits() != null ? fromSite.visits() : stored;
                } else if (visitsWritten && stored != null) {
                    visitBatch.forEach((day, n) -> stored.merge(day, n, Long::sum));
                }
            } finally {
                moving.unlockWrite(stamp);
            }
            Instant now = clock.instant();
            viewDeduplicator.evictBefore(now);
            dayDeduplicator.evictBefore(now);
            lastSeen.forgetBefore(now.minus(properties.onlineWindow()).toEpochMilli());
            lastSeenWithoutCookie.forgetBefore(
                    now.minus(properties.onlineWindow()).toEpochMilli());
        } finally {
            writing.unlock();
        }
    }

    private <K> boolean write(Map<K, Long> batch, String sql) {
        if (batch.isEmpty()) {
            return true;
        }
        try {
            List<Object[]> rows = new ArrayList<>();
            batch.forEach((key, n) -> rows.add(new Object[] {key, n}));
            jdbc.batchUpdate(sql, rows);
            return true;
        } catch (RuntimeException e) {
            log.warn("Counts not written; kept for the next flush", e);
            return false;
        }
    }

    /** Nothing counted is lost on a graceful shutdown. */
    @PreDestroy
    void flushOnShutdown() throws InterruptedException {
        flusher.shutdown();
        flusher.awaitTermination(10, TimeUnit.SECONDS);
        flush();
    }
}
