package vn.doimoi.traceability.gs1;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Digital Link conformance material in the shared folder ({@code conformance/digital-link}):
 * found through {@code -Ddoimoi.shared}, {@code ../shared} or {@code /work/shared}; a test that
 * needs it is skipped, saying why, when it is absent.
 */
final class DigitalLinkVectors {

    private DigitalLinkVectors() {}

    /** A file of {@code conformance/digital-link/extracted}, as JSON. */
    static JsonNode extracted(String fileName) {
        Path folder = folder();
        Assumptions.assumeTrue(
                folder != null,
                "GS1 Digital Link conformance vectors not found: set -Ddoimoi.shared=<the shared folder> (it"
                        + " holds conformance/digital-link/extracted), or put it at ../shared or /work/shared");
        return JsonMapper.builder()
                .build()
                .readTree(folder.resolve("extracted").resolve(fileName).toFile());
    }

    private static @Nullable Path folder() {
        String given = System.getProperty("doimoi.shared");
        for (Path candidate :
                new Path[] {given == null ? null : Path.of(given), Path.of("..", "shared"), Path.of("/work/shared")}) {
            if (candidate != null) {
                Path folder = candidate.resolve("conformance/digital-link");
                if (Files.isRegularFile(folder.resolve("extracted/gs1-syntax-engine-dl-test-vectors.json"))) {
                    return folder.toAbsolutePath().normalize();
                }
            }
        }
        return null;
    }

    /** The parser options a case names (absent = the GS1 syntax engine's defaults). */
    static DigitalLinkOptions options(JsonNode testCase) {
        JsonNode o = testCase.path("options");
        return new DigitalLinkOptions(
                o.path("permitConvenienceAlphas").asBoolean(false),
                o.path("permitZeroSuppressedGTINinDLuris").asBoolean(false),
                o.path("permitUnknownAIs").asBoolean(false),
                o.path("validation_UNKNOWN_AI_NOT_DL_ATTR").asBoolean(true),
                true);
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
