package vn.doimoi.traceability.epcis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared EPCIS conformance material ({@code conformance/epcis}: the OpenEPCIS corpus and the
 * event hash vectors), found as the other conformance tests find theirs; the tests skip, saying
 * where it was looked for, when it is absent.
 */
final class EpcisConformance {

    final Path folder;

    private EpcisConformance(Path folder) {
        this.folder = folder;
    }

    static EpcisConformance load() {
        Path folder = folder();
        Assumptions.assumeTrue(
                folder != null,
                "EPCIS conformance material not found: set -Ddoimoi.shared=<the shared folder> (it holds"
                        + " conformance/epcis), or put it at ../shared or /work/shared");
        return new EpcisConformance(folder);
    }

    Path json(String subfolder) {
        return folder.resolve("openepcis-test-resources/2.0/EPCIS/JSON").resolve(subfolder);
    }

    Path hashExamples() {
        return folder.resolve("epcis-event-hash-generator/tests/examples");
    }

    static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Path folder() {
        String given = System.getProperty("doimoi.shared");
        for (Path candidate :
                new Path[] {given == null ? null : Path.of(given), Path.of("..", "shared"), Path.of("/work/shared")}) {
            if (candidate != null) {
                Path folder = candidate.resolve("conformance/epcis");
                if (Files.isDirectory(folder.resolve("openepcis-test-resources"))) {
                    return folder.toAbsolutePath().normalize();
                }
            }
        }
        return null;
    }
}
