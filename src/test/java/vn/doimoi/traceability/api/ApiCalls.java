package vn.doimoi.traceability.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;

/** The calls the API tests make: a verified enterprise's member, a key issued on the page, requests with it. */
final class ApiCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvcTester mvc;
    private final TestUsers users;
    private final Organisations organisations;

    ApiCalls(MockMvcTester mvc, TestUsers users, Organisations organisations) {
        this.mvc = mvc;
        this.users = users;
        this.organisations = organisations;
    }

    /** A member of a new verified enterprise. */
    String member() {
        UUID organisation = users.organisation();
        organisations.setVerified(organisation, true);
        return users.create(Role.ORG_MEMBER, organisation);
    }

    /** Issues a key on the keys page, as the member would, and returns the secret the page shows once. */
    String key(String member) {
        MvcTestResult issued = mvc.post()
                .uri("/traceability/api-keys")
                .with(user(users.principal(member)))
                .with(csrf())
                .param("name", "Phần mềm kho")
                .exchange();
        assertThat(issued).hasStatus3xxRedirection().hasRedirectedUrl("/traceability/api-keys");
        return (String)
                Objects.requireNonNull(issued.getMvcResult().getFlashMap().get("secret"));
    }

    MockHttpServletResponse get(String key, String uri) {
        return mvc.get()
                .uri(java.net.URI.create(uri))
                .header("Authorization", "Bearer " + key)
                .exchange()
                .getResponse();
    }

    MockHttpServletResponse post(String key, String uri, String body) {
        return post(key, uri, body, "rollback");
    }

    MockHttpServletResponse post(String key, String uri, String body, String behaviour) {
        return mvc.post()
                .uri(uri)
                .header("GS1-API-Key", key)
                .header("GS1-Capture-Error-Behaviour", behaviour)
                .contentType(MediaType.parseMediaType("application/ld+json"))
                .content(body)
                .exchange()
                .getResponse();
    }

    /** Captures the document and waits for its job to finish; returns the job as the client reads it. */
    JsonNode capture(String key, String document, String behaviour) throws Exception {
        MockHttpServletResponse accepted = post(key, "/epcis/capture", document, behaviour);
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);
        return finished(key, Objects.requireNonNull(accepted.getHeader("Location")));
    }

    JsonNode finished(String key, String job) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            MockHttpServletResponse status = get(key, job);
            assertThat(status.getStatus()).isEqualTo(200);
            JsonNode body = JSON.readTree(status.getContentAsString());
            if (!"RUNNING".equals(body.path("status").asString())
                    || Instant.now().isAfter(until)) {
                return body;
            }
            Thread.sleep(50);
        }
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    /** A capture document of these events (each a JSON object). */
    static String document(String... events) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-12-07T08:00:00+07:00",
                 "epcisBody": {"eventList": [%s]}}""".formatted(String.join(",", events));
    }

    /** An ObjectEvent of the lot's class at this time and step, without eventID (the hash is its ID). */
    static String shipping(String lotUrn, String time, String bizStep) {
        return """
                {"type": "ObjectEvent", "eventTime": "%s", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
                 "bizStep": "%s", "quantityList": [{"epcClass": "%s", "quantity": 10, "uom": "KGM"}]}""".formatted(time, bizStep, lotUrn);
    }
}
