package vn.doimoi.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;

/**
 * The embedded PostgreSQL left running by a JVM that was killed ({@code kill -9}, out of memory,
 * power to the container): the postmaster is re-parented to PID 1, keeps {@code postmaster.pid}
 * and the shared memory of the data directory, and every later start fails with "another server
 * might be running". Before starting, such a server is stopped with a fast shutdown (it rolls back
 * what its dead clients had not committed and checkpoints what they had).
 *
 * <p>A {@code postmaster.pid} whose PID is gone, or now belongs to some other program, is left to
 * PostgreSQL, which replaces a stale file itself; nothing but a {@code postgres} executable started
 * with {@code -D} on this very directory is ever signalled.
 */
final class OrphanedServer {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private OrphanedServer() {}

    static void stopIfRunning(Path dataDir, Log log) throws IOException {
        Optional<ProcessHandle> postmaster = runningOn(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("Embedded PostgreSQL (pid " + process.pid() + ") is still running on " + dataDir
                + ", left by a start that did not stop it (killed?); stopping it before starting again");
        stopFast(process, dataDir, log);
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still alive: reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!process.isAlive()) {
            log.info("The PostgreSQL left running on " + dataDir + " has stopped");
            return;
        }
        throw new IllegalStateException("The PostgreSQL left running on " + dataDir + " (pid " + process.pid()
                + ") did not stop within " + STOP_TIMEOUT.toSeconds() + " s; stop it and start again");
    }

    /** The live postmaster that {@code dataDir/postmaster.pid} names, if it is one for this directory. */
    static Optional<ProcessHandle> runningOn(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> isPostmasterOf(process, dataDir));
    }

    /**
     * The PID in a stale file may have been reused by any program: only a {@code postgres}
     * executable whose command line says {@code -D <this directory>} is ours to stop.
     */
    static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return false;
        }
        Path executable = Path.of(command.get()).getFileName();
        if (executable == null || !executable.toString().equals("postgres")) {
            return false;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if ("-D".equals(args[i]) && sameDirectory(Path.of(args[i + 1]), dataDir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * {@code pg_ctl stop -m fast} with the very binaries the server runs; if that cannot run, a
     * SIGTERM to the checked PID (Java's handle also checks that the process is the one it saw start).
     */
    private static void stopFast(ProcessHandle process, Path dataDir, Log log) {
        Path pgCtl = Path.of(process.info().command().orElseThrow()).resolveSibling("pg_ctl");
        if (Files.isExecutable(pgCtl)) {
            try {
                Process stop = new ProcessBuilder(
                                pgCtl.toString(),
                                "stop",
                                "-D",
                                dataDir.toString(),
                                "-m",
                                "fast",
                                "-w",
                                "-t",
                                Long.toString(STOP_TIMEOUT.toSeconds()))
                        .redirectErrorStream(true)
                        .start();
                // pg_ctl says little; reading it to the end also waits for it (bounded by -t)
                String said = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (stop.waitFor(5, TimeUnit.SECONDS) && stop.exitValue() == 0) {
                    return;
                }
                stop.destroyForcibly();
                // e.g. "cannot be run as root" in a container: SIGTERM is a smart shutdown, which ends
                // at once here because the killed JVM's connections died with it
                log.warn("pg_ctl stop did not stop pid " + process.pid() + " (" + said + "); sending SIGTERM");
            } catch (IOException e) {
                log.warn("pg_ctl could not run (" + e.getMessage() + "); sending SIGTERM to pid " + process.pid());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process.destroy();
    }
}
