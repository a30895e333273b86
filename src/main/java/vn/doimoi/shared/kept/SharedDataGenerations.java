package vn.doimoi.shared.kept;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The generations of several nodes (ADR 0084): a node's own changes move its generations at once,
 * as {@link InMemoryDataGenerations} does, and are added to {@code kept.data_generation} by a
 * background thread right after (one statement for whatever committed meanwhile); the same thread
 * reads every table's shared generation every {@code doimoi.kept.generations-read-every} (250 ms).
 * A table's generation here is the node's own count plus the shared one plus an epoch: any of them
 * moving makes the pages that read the table stale. When the database cannot be read, or a shared
 * generation goes back (the unlogged table emptied by a crash), the epoch moves: every page is
 * taken as stale rather than some served from data another node has changed.
 *
 * <p>Nothing of this runs on a request's thread: answering a kept page reads two maps.
 */
@Component
@ConditionalOnProperty(name = "doimoi.kept.generations", havingValue = "postgresql")
class SharedDataGenerations implements DataGenerations, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SharedDataGenerations.class);
    private static final String ADD = """
            insert into kept.data_generation (table_name, generation)
            select name, 1 from unnest(?::varchar[]) as name
            on conflict (table_name) do update set generation = kept.data_generation.generation + 1""";

    /** A burst of commits on this node is published as one statement. */
    static final long PUBLISH_GAP_MILLIS = 20;

    private final ObjectProvider<DataSource> dataSource;
    private final long readEveryMillis;
    private final Map<String, AtomicLong> own = new ConcurrentHashMap<>();
    private final Set<String> unpublished = ConcurrentHashMap.newKeySet();
    private final AtomicLong epoch = new AtomicLong();
    private final Object signal = new Object();
    private volatile Map<String, Long> shared = Map.of();
    private volatile boolean running;
    private volatile boolean readFailed;
    private @Nullable Thread worker;

    SharedDataGenerations(
            ObjectProvider<DataSource> dataSource,
            @Value("${doimoi.kept.generations-read-every:250ms}") Duration readEvery) {
        this.dataSource = dataSource;
        this.readEveryMillis = Math.max(1, readEvery.toMillis());
    }

    @Override
    public long current(String table) {
        AtomicLong mine = own.get(table);
        return (mine == null ? 0 : mine.get()) + shared.getOrDefault(table, 0L) + epoch.get();
    }

    @Override
    public void changed(Collection<String> tables) {
        for (String table : tables) {
            own.computeIfAbsent(table, name -> new AtomicLong()).incrementAndGet();
        }
        unpublished.addAll(tables);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** The shared generations as this node last read them (for tests and the ADR's measurement). */
    Map<String, Long> shared() {
        return shared;
    }

    /** Publishes what changed here, then reads what changed anywhere; once, on the calling thread. */
    void exchange() {
        try (Connection connection = unobserved().getConnection()) {
            connection.setAutoCommit(true);
            publish(connection);
            read(connection);
            if (readFailed) {
                readFailed = false;
                epoch.incrementAndGet(); // pages kept while blind may miss changes made meanwhile
            }
        } catch (SQLException | RuntimeException e) {
            if (!readFailed) {
                log.warn("Shared data generations not read; every kept page is taken as stale until they are", e);
            }
            readFailed = true;
            epoch.incrementAndGet();
        }
    }

    private void publish(Connection connection) throws SQLException {
        if (unpublished.isEmpty()) {
            return;
        }
        Set<String> batch = new HashSet<>(unpublished);
        unpublished.removeAll(batch);
        try (PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setArray(1, connection.createArrayOf("varchar", batch.toArray()));
            add.executeUpdate();
        } catch (SQLException e) {
            unpublished.addAll(batch); // the next round publishes them
            throw e;
        }
    }

    private void read(Connection connection) throws SQLException {
        Map<String, Long> read = new HashMap<>();
        try (PreparedStatement select =
                        connection.prepareStatement("select table_name, generation from kept.data_generation");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                read.put(rows.getString(1), rows.getLong(2));
            }
        }
        Map<String, Long> before = shared;
        for (Map.Entry<String, Long> table : before.entrySet()) {
            if (read.getOrDefault(table.getKey(), 0L) < table.getValue()) {
                epoch.incrementAndGet(); // the table was emptied: a later count could meet an old one
                break;
            }
        }
        shared = Map.copyOf(read);
    }

    /** The data source under {@link ObservedDataSource}: this class's own writes change no page. */
    private DataSource unobserved() {
        DataSource source = dataSource.getObject();
        DataSource target = source instanceof ObservedDataSource observed ? observed.getTargetDataSource() : null;
        return target != null ? target : source;
    }

    /**
     * Publishes and reads when something changed here (at most every {@link #PUBLISH_GAP_MILLIS},
     * so a burst of commits is one statement) and otherwise every {@code readEveryMillis}.
     */
    private void loop() {
        long last = 0;
        while (running) {
            synchronized (signal) {
                long now = System.currentTimeMillis();
                long untilRead = readEveryMillis - (now - last);
                long untilPublish = PUBLISH_GAP_MILLIS - (now - last);
                long wait = unpublished.isEmpty() ? untilRead : Math.min(untilRead, untilPublish);
                if (wait > 0 && running) {
                    try {
                        signal.wait(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    continue; // woken by a change or by stop(): look again at what is due
                }
            }
            if (running) {
                exchange();
                last = System.currentTimeMillis();
            }
        }
    }

    @Override
    public void start() {
        running = true;
        exchange();
        Thread thread = new Thread(this::loop, "kept-generations");
        thread.setDaemon(true);
        thread.start();
        worker = thread;
    }

    @Override
    public void stop() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange(); // the last changes reach the other nodes before this one goes
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
