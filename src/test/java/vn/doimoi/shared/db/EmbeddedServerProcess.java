package vn.doimoi.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.logging.LogFactory;

/**
 * Run by {@link EmbeddedDatabaseCrashIT} in a JVM of its own: starts the embedded PostgreSQL on
 * the directory given, exactly as the application does, prints its JDBC URL and waits to be killed.
 */
public final class EmbeddedServerProcess {

    static final String READY = "READY ";

    private EmbeddedServerProcess() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgres server =
                EmbeddedDatabase.startServer(Path.of(args[0]), false, LogFactory.getLog(EmbeddedServerProcess.class));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                e.printStackTrace();
            }
        }));
        System.out.println(READY + server.getJdbcUrl("postgres", "postgres"));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
