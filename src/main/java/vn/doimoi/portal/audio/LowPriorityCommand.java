package vn.doimoi.portal.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs background commands at the lowest CPU priority ({@code nice -n 19}), so that readers'
 * requests take the cores first: audio for 2,173 newly published articles at normal priority
 * halved every page's throughput for over an hour. Where {@code nice} is missing (a minimal
 * container), commands run as they are; the worker thread's own low priority is what is left.
 */
final class LowPriorityCommand {

    private final List<String> prefix;

    private LowPriorityCommand(List<String> prefix) {
        this.prefix = prefix;
    }

    /** With {@code nice -n 19} in front when {@code nice} runs on this machine. */
    static LowPriorityCommand detect() {
        return new LowPriorityCommand(
                runs(List.of("nice", "-n", "19", "true")) ? List.of("nice", "-n", "19") : List.of());
    }

    /** Whether commands get the lowest priority here. */
    boolean niced() {
        return !prefix.isEmpty();
    }

    /**
     * Runs the command to its end (at most {@code timeoutSeconds}).
     *
     * @throws CommandFailed when it exits with another status than 0 or times out
     */
    void run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(prefix);
        full.addAll(command);
        Process process = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new CommandFailed(command.get(0), -1);
        }
        if (process.exitValue() != 0) {
            throw new CommandFailed(command.get(0), process.exitValue());
        }
    }

    static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A command that ended badly: {@code exitCode} is -1 for a timeout, 139 for a crash (SIGSEGV). */
    static final class CommandFailed extends IOException {

        private final int exitCode;

        CommandFailed(String command, int exitCode) {
            super(exitCode < 0 ? "timed out: " + command : command + " exited with " + exitCode);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }

        /** Whether it ran out of time rather than failed: on a busy machine, not the input's fault. */
        boolean timedOut() {
            return exitCode < 0;
        }
    }
}
