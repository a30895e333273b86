package vn.doimoi.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
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

    private static final Log log = LogFactory.getLog(EmbeddedDatabase.class);
    private static final String SOURCE = "doimoiDatabase";

    private static EmbeddedPostgres running;
    private static Path runningDir;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        String databaseUrl = environment.getProperty("DATABASE_URL");
        Map<String, Object> properties =
                StringUtils.hasText(databaseUrl) ? fromDatabaseUrl(databaseUrl) : startEmbedded(environment);
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

    private static synchronized Map<String, Object> startEmbedded(ConfigurableEnvironment environment) {
        Path dataDir = Path.of(environment.getProperty("doimoi.embedded-db.data-dir", "data/pg"))
                .toAbsolutePath()
                .normalize();
        if (running == null) {
            boolean clean = environment.getProperty("doimoi.embedded-db.clean", Boolean.class, false);
            running = start(dataDir, clean);
            runningDir = dataDir;
            EmbeddedPostgres server = running;
            // After every application context has closed (they still need the database while closing).
            SpringApplication.getShutdownHandlers().add(() -> close(server));
        } else if (!runningDir.equals(dataDir)) {
            log.warn("Embedded PostgreSQL already runs on " + runningDir + "; " + dataDir + " is ignored");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", running.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        return properties;
    }

    private static EmbeddedPostgres start(Path dataDir, boolean clean) {
        try {
            if (clean) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
            log.info((existing
                            ? "Starting embedded PostgreSQL on existing data in "
                            : "Creating embedded PostgreSQL in ")
                    + dataDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void close(EmbeddedPostgres server) {
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
