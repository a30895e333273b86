package vn.doimoi.traceability.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;

/**
 * Identifiers in EPCIS paths over real HTTP, through the embedded Tomcat and the firewall (ADR 0082):
 * an event whose eventID is the CBV event hash ({@code ni:///sha-256;…?ver=CBV2.0}), a {@code urn:uuid:}
 * or a Digital Link is read back at {@code /epcis/events/{eventID}} percent-encoded, as the capture's
 * {@code Location} names it, and an item's Digital Link works as a browse value; an encoded slash or a
 * traversal anywhere else is still refused with 400, never 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentifiersInPathIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    ApiKeys keys;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private String key;
    private String item;

    @BeforeEach
    void anEnterprisesSystemWithItsKey() {
        UUID organisation = users.organisation();
        organisations.setVerified(organisation, true);
        String member = users.create(Role.ORG_MEMBER, organisation);
        key = keys.issue(
                        new CurrentUser(users.id(member), member, EnumSet.of(Role.ORG_MEMBER), organisation),
                        "Phần mềm kho")
                .secret();
        item = "https://id.gs1.org/01/08936045120019/21/S"
                + ThreadLocalRandom.current().nextLong(1L << 40);
    }

    @Test
    void anEventIdentifiedByItsHashIsReadAtTheAddressItsCaptureGave() throws Exception {
        // given an event captured without an eventID: the CBV 2.0 hash becomes its ID
        HttpResponse<String> created = post("/epcis/events", event(null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String eventId = ApiCalls.JSON.readTree(created.body()).path("eventID").asString();
        assertThat(eventId).startsWith("ni:///sha-256;").endsWith("?ver=CBV2.0");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).doesNotContain(";", "?").contains("%2F%2F%2Fsha-256%3B");

        // when the client follows the Location
        HttpResponse<String> read = get(location);

        // then the event is answered, with that ID
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(eventIds(read)).containsExactly(eventId);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"urn:uuid:", "https://id.example.com/event/"})
    void anEventWithItsOwnIdIsReadByItPercentEncoded(String scheme) throws Exception {
        String eventId = scheme + UUID.randomUUID();
        assertThat(post("/epcis/events", event(eventId)).statusCode()).isEqualTo(201);

        HttpResponse<String> read = get("/epcis/events/" + UriUtils.encode(eventId, StandardCharsets.UTF_8));

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(eventIds(read)).containsExactly(eventId);
    }

    @Test
    void anItemsDigitalLinkIsABrowseValue() throws Exception {
        String eventId = "urn:uuid:" + UUID.randomUUID();
        assertThat(post("/epcis/events", event(eventId)).statusCode()).isEqualTo(201);

        HttpResponse<String> read = get("/epcis/epcs/" + UriUtils.encode(item, StandardCharsets.UTF_8) + "/events");

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(eventIds(read)).contains(eventId);
    }

    @Test
    void anUnknownEncodedIdIsNotFound() throws Exception {
        HttpResponse<String> read = get("/epcis/events/"
                + UriUtils.encode("ni:///sha-256;" + "0".repeat(64) + "?ver=CBV2.0", StandardCharsets.UTF_8));

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).contains("epcisException:NoSuchResourceException");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/truy-xuat/..%2F..%2Fetc%2Fpasswd",
                "/01/08936045120019/10/A%2F..%2F..%2Fadmin",
                "/epcis/capture/..%2F..%2Fadmin",
                "/epcis/events/..%2F..%2Fadmin",
                "/epcis/events/%2e%2e",
                "/epcis/events/a;b=c",
                "/epcis/events/a%2Fb/events",
                "/epcis/events/a%5C..%5Cb",
                "/epcis/events/a%00b",
                "/static/..%2F..%2Fapplication.properties"
            })
    void anEncodedSlashOrATraversalElsewhereIsRefused(String path) throws Exception {
        HttpResponse<String> answer = get(path);

        assertThat(answer.statusCode()).as(path + " → " + answer.body()).isEqualTo(400);
    }

    private String event(@Nullable String eventId) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"],
                 "type": "ObjectEvent", %s"eventTime": "2026-12-06T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
                 "action": "OBSERVE", "bizStep": "shipping",
                 "epcList": ["%s"]}""".formatted(eventId == null ? "" : "\"eventID\": \"" + eventId + "\", ", item);
    }

    private static List<String> eventIds(HttpResponse<String> answer) throws Exception {
        JsonNode body = ApiCalls.JSON.readTree(answer.body());
        JsonNode events = body.at("/epcisBody/queryResults/resultsBody/eventList");
        if (events.isMissingNode()) {
            events = body.at("/epcisBody/eventList");
        }
        List<String> ids = new ArrayList<>();
        events.forEach(event -> ids.add(event.path("eventID").asString()));
        if (ids.isEmpty() && body.has("eventID")) {
            ids.add(body.path("eventID").asString());
        }
        return ids;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + key)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/ld+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
