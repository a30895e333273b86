package vn.doimoi.traceability.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doimoi.traceability.api.ApiCalls.document;
import static vn.doimoi.traceability.api.ApiCalls.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.shared.kept.DataGenerations;

/**
 * What a capture stores now that it writes with COPY (ADR 0083): every character of an event comes
 * back as it was sent, a document's events and EPCs are all there, the kept pages learn of the
 * change, and EPC patterns (one indexed LIKE each) still find what they name, alone or together.
 */
@DoimoiSpringTest
class EpcisCaptureStorageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    DataGenerations generations;

    ApiCalls api;
    String run;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(mvc, users, organisations);
        run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void textThatCopyWouldReadAsEscapesComesBackAsItWasSent() throws Exception {
        String key = api.key(api.member());
        // a backslash, a tab, a newline, a carriage return, "\N" (COPY's null) and Vietnamese, as JSON escapes
        String note = "Lô \\\\N\\tđóng gói\\nca 2\\r\\\\ \\\"tươi\\\" — 100%";
        String sent = """
                {"type": "ObjectEvent", "eventTime": "2026-12-05T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
                 "action": "OBSERVE", "bizStep": "packing",
                 "epcList": ["https://id.gs1.org/01/08936045120019/21/N%s"],
                 "example:note": "%s"}""".formatted(run, note);
        String withContext = """
                {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
                              {"example": "https://ns.example.com/epcis/"}],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-12-07T08:00:00+07:00",
                 "epcisBody": {"eventList": [%s]}}""".formatted(sent);

        JsonNode job = api.capture(key, withContext, "rollback");

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        JsonNode expected = ApiCalls.JSON.readTree(sent);
        List<JsonNode> found = events(
                key, "/epcis/events?MATCH_epc=" + enc(expected.at("/epcList/0").asString()));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("example:note").asString())
                .isEqualTo(expected.path("example:note").asString())
                .contains("\\N", "\t", "\n", "\r", "\"tươi\"", "đóng gói");
    }

    @Test
    void aLargeDocumentIsStoredWholeWithEveryEpcAndTheKeptPagesAreTold() throws Exception {
        String key = api.key(api.member());
        long before = generations.current("event");
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            events.add("""
                    {"type": "AggregationEvent", "eventTime": "2026-12-05T08:%02d:%02d+07:00",
                     "eventTimeZoneOffset": "+07:00", "action": "ADD", "bizStep": "packing",
                     "parentID": "urn:epc:id:sscc:8936045.%010d", "childEPCs": ["urn:epc:id:sgtin:8936045.012001.%s-%d",
                     "urn:epc:id:sgtin:8936045.012001.%s-%db"]}""".formatted(i / 60 % 60, i % 60, i, run, i, run, i));
        }

        JsonNode job = api.capture(key, document(events.toArray(String[]::new)), "rollback");

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("captured").asInt()).isEqualTo(2_500);
        assertThat(generations.current("event"))
                .as("kept pages showing events are stale now")
                .isGreaterThan(before);
        List<JsonNode> last =
                events(key, "/epcis/events?MATCH_anyEPC=" + enc("urn:epc:id:sgtin:8936045.012001." + run + "-2499b"));
        assertThat(last).hasSize(1);
        assertThat(last.get(0).path("childEPCs")).hasSize(2);
        assertThat(events(
                        key, "/epcis/events?perPage=1000&MATCH_parentID=" + enc("urn:epc:id:sscc:8936045.0000000007")))
                .hasSize(1);
    }

    @Test
    void patternsAndExactIdentifiersOfOneParameterAreAnsweredTogether() throws Exception {
        String key = api.key(api.member());
        String a = "https://id.gs1.org/01/08936045120019/21/A" + run;
        String b = "https://id.gs1.org/01/08936045120026/21/B" + run;
        String c = "https://id.gs1.org/01/08936045120033/21/C" + run;
        List<String> events = new ArrayList<>();
        int second = 0;
        for (String epc : List.of(a + "-1", a + "-2", b + "-1", c + "-1")) {
            events.add("""
                    {"type": "ObjectEvent", "eventTime": "2026-12-05T09:00:%02d+07:00", "eventTimeZoneOffset": "+07:00",
                     "action": "OBSERVE", "bizStep": "shipping", "epcList": ["%s"]}""".formatted(second++, epc));
        }
        assertThat(api.capture(key, document(events.toArray(String[]::new)), "rollback")
                        .path("status")
                        .asString())
                .isEqualTo("SUCCEEDED");

        // the serials of a and b all start with their letter and this run: a pattern per GTIN finds them
        String patternA = "https://id.gs1.org/01/08936045120019/21/*";
        String urnPatternB = "urn:epc:idpat:sgtin:8936045.012002.*";
        assertThat(serials(events(
                        key,
                        "/epcis/events?MATCH_anyEPC=" + enc(patternA) + "," + enc(urnPatternB) + "," + enc(c + "-1"))))
                .as("two patterns and one EPC, OR-ed")
                .contains(a + "-1", a + "-2", b + "-1", c + "-1");
        assertThat(serials(events(key, "/epcis/events?MATCH_anyEPC=" + enc(c + "-1"))))
                .containsExactly(c + "-1");
        MockHttpServletResponse none = api.get(key, "/epcis/events?MATCH_epc=" + enc(patternA) + "&EQ_bizStep=packing");
        assertThat(json(none).at("/epcisBody/queryResults/resultsBody/eventList"))
                .isEmpty();
    }

    private static List<String> serials(List<JsonNode> events) {
        return events.stream()
                .map(event -> event.at("/epcList/0").asString())
                .filter(epc -> epc.contains("/21/"))
                .toList();
    }

    private List<JsonNode> events(String key, String uri) throws Exception {
        MockHttpServletResponse response = api.get(key, uri);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response).at("/epcisBody/queryResults/resultsBody/eventList").values().stream()
                .toList();
    }

    private static String enc(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
    }
}
