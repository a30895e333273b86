package vn.doimoi.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A JVM killed with SIGKILL leaves its embedded PostgreSQL running (re-parented to PID 1) on the
 * data directory: the next start must stop that server itself and find what was committed.
 */
class EmbeddedDatabaseCrashIT {

    private final Path home = Path.of("target", "embedded-crash-it").toAbsolutePath();
    private final Path dataDir = home.resolve("data/pg");
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        // a failed run must not leave a server behind
        OrphanedServer.runningOn(dataDir).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void aStartAfterTheJvmWasKilledStopsTheServerItLeftAndKeepsWhatWasCommitted() throws Exception {
        FileSystemUtils.deleteRecursively(home);
        Files.createDirectories(home);

        // given a JVM running the embedded server, durable, and a row committed in it
        Process first = start(home.resolve("first.log"));
        String url = awaitReady(first, home.resolve("first.log"));
        try (Connection db = DriverManager.getConnection(url);
                Statement sql = db.createStatement()) {
            assertThat(show(sql, "fsync")).isEqualTo("on");
            assertThat(show(sql, "synchronous_commit")).isEqualTo("on");
            sql.execute("create table crash_probe (note text)");
            sql.execute("insert into crash_probe values ('committed before the kill')");
        }

        // when the JVM is killed with SIGKILL, so no shutdown hook runs
        first.destroyForcibly().waitFor();

        // then its PostgreSQL is still running on the directory, orphaned
        Optional<ProcessHandle> orphan = OrphanedServer.runningOn(dataDir);
        assertThat(orphan).as("the postmaster outlives the killed JVM").isPresent();

        // when the next JVM starts on the same directory
        Process second = start(home.resolve("second.log"));
        String again = awaitReady(second, home.resolve("second.log"));

        // then it came up on its own, having stopped the orphan, and the committed row is there
        assertThat(orphan.get().isAlive()).isFalse();
        try (Connection db = DriverManager.getConnection(again);
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select note from crash_probe")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before the kill");
        }
        assertThat(Files.readString(home.resolve("second.log"))).contains("still running on");
    }

    private Process start(Path log) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-cp",
                        classpath,
                        EmbeddedServerProcess.class.getName(),
                        dataDir.toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        started.add(process);
        return process;
    }

    private static String awaitReady(Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith(EmbeddedServerProcess.READY)) {
                    return line.substring(EmbeddedServerProcess.READY.length()).trim();
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server did not start:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start within 60 s:\n" + Files.readString(log));
    }

    private static String show(Statement sql, String setting) throws SQLException {
        try (ResultSet value = sql.executeQuery("show " + setting)) {
            value.next();
            return value.getString(1);
        }
    }
}
