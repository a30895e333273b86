package vn.doimoi.traceability.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;

/**
 * The OpenEPCIS conformance documents sent through the API as a client would: every valid capture
 * document is accepted (202) and its job stores every event (an event an earlier run stored is
 * reported as a duplicate, nothing else), every valid bare event through {@code POST /epcis/events} is
 * 201 or a duplicate's 409, and every invalid document is refused with a ValidationException.
 * Skips, saying where it looked, when the shared material is absent.
 */
@DoimoiSpringTest
class EpcisCaptureConformanceTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Test
    void validDocumentsAreAcceptedAndInvalidOnesRefused() throws Exception {
        Path json = corpus();
        ApiCalls api = new ApiCalls(mvc, users, organisations);
        String key = api.key(api.member());
        List<String> failures = new ArrayList<>();

        List<Path> valid = files(json.resolve("Documents"));
        for (Path file : valid) {
            JsonNode job = api.capture(key, Files.readString(file), "proceed");
            boolean onlyDuplicates = job.path("errors").values().stream()
                    .allMatch(error -> error.path("code").asString().equals("eventID.duplicate"));
            if (!onlyDuplicates || job.path("status").asString().equals("RUNNING")) {
                failures.add(file.getFileName() + " → " + job);
            }
        }
        for (Path file : files(json.resolve("Events"))) {
            MockHttpServletResponse answer = api.post(key, "/epcis/events", Files.readString(file));
            if (answer.getStatus() != 201 && answer.getStatus() != 409) {
                failures.add(file.getFileName() + " → " + answer.getStatus() + " " + answer.getContentAsString());
            }
        }
        List<Path> invalid = files(json.resolve("Invalid"));
        for (Path file : invalid) {
            MockHttpServletResponse answer = api.post(key, "/epcis/capture", Files.readString(file));
            String type = answer.getStatus() == 400
                    ? ApiCalls.json(answer).path("type").asString()
                    : "";
            if (!type.equals("epcisException:ValidationException")) {
                failures.add(file.getFileName() + " accepted: " + answer.getStatus());
            }
        }
        System.out.printf(
                "EpcisCaptureConformanceTests: %d valid documents, %d invalid, %d failures%n",
                valid.size(), invalid.size(), failures.size());
        assertThat(valid).isNotEmpty();
        assertThat(invalid).isNotEmpty();
        assertThat(failures).isEmpty();
    }

    private static Path corpus() {
        for (String root : new String[] {System.getProperty("doimoi.shared", ""), "../shared", "/work/shared"}) {
            if (!root.isEmpty()) {
                Path json = Path.of(root, "conformance/epcis/openepcis-test-resources/2.0/EPCIS/JSON/Capture");
                if (Files.isDirectory(json)) {
                    return json;
                }
            }
        }
        Assumptions.abort("EPCIS conformance material not found: set -Ddoimoi.shared=<the shared folder> (it holds"
                + " conformance/epcis), or put it at ../shared or /work/shared");
        throw new AssertionError("unreachable");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
