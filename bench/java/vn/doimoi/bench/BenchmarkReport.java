package vn.doimoi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a benchmark's figures into docs/benchmarks.md between its own markers, so each
 * benchmark replaces only its section and the rest of the page stays as it is.
 */
final class BenchmarkReport {

    private static final Path PAGE = Path.of("docs/benchmarks.md");

    private BenchmarkReport() {}

    static void write(String name, String section) {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        try {
            String page = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "# Benchmarks\n";
            String block = begin + "\n_Measured " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors()
                    + " cores._\n\n" + section.strip() + "\n" + end;
            int from = page.indexOf(begin);
            int to = page.indexOf(end);
            String updated = from >= 0 && to > from
                    ? page.substring(0, from) + block + page.substring(to + end.length())
                    : page.stripTrailing() + "\n\n" + block + "\n";
            Files.writeString(PAGE, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
