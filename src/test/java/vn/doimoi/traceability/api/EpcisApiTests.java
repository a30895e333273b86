package vn.doimoi.traceability.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.doimoi.traceability.api.ApiCalls.document;
import static vn.doimoi.traceability.api.ApiCalls.json;
import static vn.doimoi.traceability.api.ApiCalls.shipping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.user.UserAccounts;
import vn.doimoi.traceability.gs1.EpcIdentifiers;

/**
 * The EPCIS 2.0 REST API as an enterprise's system uses it: a key from the keys page, capture by
 * document (job, rollback/proceed, limits) and by event (201, 409), queries with paging, browse,
 * and two enterprises that never see each other's events.
 */
@DoimoiSpringTest
class EpcisApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    ApiCalls api;

    /** A lot of its own for each test: the database may keep the events of earlier runs. */
    String lotUrn;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(mvc, users, organisations);
        lotUrn = "urn:epc:class:lgtin:8936045.012001.T"
                + ThreadLocalRandom.current().nextLong(1L << 40);
    }

    @Test
    void aKeyIsShownOnceStoredAsAHashAndRefusedOnceRevoked() throws Exception {
        String member = api.member();
        String key = api.key(member);

        assertThat(key).startsWith("dmk_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT count(*) FROM traceability.api_key WHERE secret_hash = ?")
                        .param(ApiKeys.hash(key))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM traceability.api_key WHERE secret_hash = ? OR secret_start = ?")
                        .params(key, key)
                        .query(Long.class)
                        .single())
                .as("the secret itself is never stored")
                .isZero();
        String page = mvc.get()
                .uri("/traceability/api-keys")
                .with(user(users.principal(member)))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Phần mềm kho").contains(key.substring(0, 10)).doesNotContain(key);
        assertThat(api.get(key, "/epcis/eventTypes").getStatus()).isEqualTo(200);

        UUID id = jdbc.sql("SELECT id FROM traceability.api_key WHERE secret_hash = ?")
                .param(ApiKeys.hash(key))
                .query(UUID.class)
                .single();
        String other = api.member();
        assertThat(mvc.post()
                        .uri("/traceability/api-keys/" + id + "/revoke")
                        .with(user(users.principal(other)))
                        .with(csrf()))
                .as("another enterprise cannot revoke the key")
                .hasStatus(404);
        assertThat(api.get(key, "/epcis/eventTypes").getStatus()).isEqualTo(200);
        assertThat(mvc.post()
                        .uri("/traceability/api-keys/" + id + "/revoke")
                        .with(user(users.principal(member)))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        MockHttpServletResponse refused = api.get(key, "/epcis/events");
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(json(refused).path("type").asString()).isEqualTo("epcisException:SecurityException");
    }

    @Test
    void noKeyAWrongKeyASessionOrADisabledMembersKeyIsRefused() throws Exception {
        MockHttpServletResponse none = mvc.get().uri("/epcis/events").exchange().getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentType()).startsWith("application/problem+json");
        assertThat(api.get("dmk_not-a-key", "/epcis/events").getStatus()).isEqualTo(401);
        String member = api.member();
        assertThat(mvc.get().uri("/epcis/events").with(user(users.principal(member))))
                .as("a signed-in session is not a key")
                .hasStatus(401);

        String key = api.key(member);
        var editable = accounts.editable(users.id(member));
        var user = editable.user();
        accounts.update(
                user.id(),
                editable.version(),
                new UserAccounts.UserData(
                        user.displayName(), user.email(), user.roles(), user.organisationId(), false));
        assertThat(api.get(key, "/epcis/events").getStatus()).isEqualTo(401);
    }

    @Test
    void aSingleEventIsStoredWithItsHashAsEventIdAndADuplicateIsRefused() throws Exception {
        String key = api.key(api.member());
        String event = shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping").replaceFirst("\\{", """
                {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"],""");

        MockHttpServletResponse created = api.post(key, "/epcis/events", event);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String eventId = json(created).path("eventID").asString();
        assertThat(eventId).startsWith("ni:///sha-256;").endsWith("?ver=CBV2.0");
        assertThat(created.getHeader("Location"))
                .isEqualTo("/epcis/events/" + UriUtils.encode(eventId, StandardCharsets.UTF_8));

        MockHttpServletResponse again = api.post(key, "/epcis/events", event);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json(again).path("type").asString()).isEqualTo("epcisException:ResourceAlreadyExistsException");

        JsonNode found = json(
                api.get(key, "/epcis/events?EQ_eventID=" + UriUtils.encodeQueryParam(eventId, StandardCharsets.UTF_8)));
        JsonNode stored = found.at("/epcisBody/queryResults/resultsBody/eventList/0");
        assertThat(stored.path("eventID").asString()).isEqualTo(eventId);
        assertThat(stored.path("recordTime").asString())
                .as("recordTime set at capture")
                .isNotEmpty();

        String withId = event.replace(
                "\"type\": \"ObjectEvent\"",
                "\"type\": \"ObjectEvent\", \"eventID\": \"urn:uuid:" + UUID.randomUUID() + "\"");
        MockHttpServletResponse byId = api.post(key, "/epcis/events", withId);
        assertThat(byId.getStatus()).isEqualTo(201);
        assertThat(api.get(key, byId.getHeader("Location")).getStatus()).isEqualTo(200);

        MockHttpServletResponse invalid = api.post(key, "/epcis/events", event.replace("OBSERVE", "LOOK"));
        assertThat(invalid.getStatus()).isEqualTo(400);
        JsonNode problem = json(invalid);
        assertThat(problem.path("type").asString()).isEqualTo("epcisException:ValidationException");
        assertThat(problem.at("/errors/0/code").asString()).isEqualTo("action.invalid");
        assertThat(problem.path("detail").asString()).contains("action");
        assertThat(api.post(key, "/epcis/events", "{not json").getStatus()).isEqualTo(400);
        assertThat(api.post(key, "/epcis/events", "[]").getStatus()).isEqualTo(400);
    }

    @Test
    void aDocumentIsCapturedInTheBackgroundAndFoundByUrnOrDigitalLink() throws Exception {
        String key = api.key(api.member());
        String serial = "S" + ThreadLocalRandom.current().nextLong(1L << 40);
        String epc = "urn:epc:id:sgtin:8936045.012001." + serial;
        String packing = """
                {"type": "ObjectEvent", "eventTime": "2026-12-05T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
                 "action": "ADD", "bizStep": "packing", "epcList": ["%s"],
                 "bizLocation": {"id": "urn:epc:id:sgln:8936045.00001.0"}}""".formatted(epc);
        JsonNode job = api.capture(
                key, document(packing, shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping")), "rollback");

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("captured").asInt()).isEqualTo(2);
        assertThat(job.path("errors")).isEmpty();
        String digitalLink = EpcIdentifiers.toCanonicalDigitalLink(epc);
        assertThat(digitalLink).startsWith("https://id.gs1.org/01/").endsWith("/21/" + serial);
        assertThat(events(key, "/epcis/events?MATCH_epc=" + enc(digitalLink))).hasSize(1);
        assertThat(events(key, "/epcis/events?MATCH_anyEPC=" + enc(epc))).hasSize(1);
        assertThat(events(key, "/epcis/events?MATCH_epcClass=" + enc(EpcIdentifiers.toCanonicalDigitalLink(lotUrn))))
                .hasSize(1);
        assertThat(events(
                        key,
                        "/epcis/events?EQ_bizLocation="
                                + enc(EpcIdentifiers.toCanonicalDigitalLink("urn:epc:id:sgln:8936045.00001.0"))
                                + "&MATCH_epc=" + enc(epc)))
                .hasSize(1);

        JsonNode again = api.capture(key, document(packing), "rollback");
        assertThat(again.path("status").asString()).isEqualTo("FAILED");
        assertThat(again.at("/errors/0/code").asString()).isEqualTo("eventID.duplicate");
    }

    @Test
    void rollbackStoresNothingOfAnInvalidDocumentAndProceedStoresTheValidEvents() throws Exception {
        String key = api.key(api.member());
        String good = shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping");
        String bad = shipping(lotUrn, "2026-12-06T09:00:00+07:00", "shipping").replace("OBSERVE", "LOOK");

        MockHttpServletResponse refused = api.post(key, "/epcis/capture", document(good, bad), "rollback");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(json(refused).at("/errors/0/pointer").asString()).isEqualTo("/epcisBody/eventList/1/action");
        assertThat(events(key, "/epcis/events?MATCH_anyEPCClass=" + enc(lotUrn)))
                .isEmpty();

        JsonNode job = api.capture(key, document(good, bad), "proceed");
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("total").asInt()).isEqualTo(2);
        assertThat(job.path("captured").asInt()).isEqualTo(1);
        assertThat(job.at("/errors/0/code").asString()).isEqualTo("action.invalid");
        assertThat(events(key, "/epcis/events?MATCH_anyEPCClass=" + enc(lotUrn)))
                .hasSize(1);
        assertThat(api.post(key, "/epcis/capture", document(good), "sometimes").getStatus())
                .isEqualTo(400);
    }

    @Test
    void limitsAreAnnouncedAndADocumentOverThemIs413() throws Exception {
        String key = api.key(api.member());
        MockHttpServletResponse options =
                mvc.options().uri("/epcis/capture").exchange().getResponse();
        assertThat(options.getHeader("GS1-EPCIS-Capture-Limit")).isEqualTo("10000");
        assertThat(options.getHeader("GS1-EPCIS-Capture-File-Size-Limit")).isEqualTo(String.valueOf(20 * 1024 * 1024));
        assertThat(options.getHeader("GS1-EPCIS-Version")).isEqualTo("2.0.0");
        assertThat(options.getHeader("GS1-CBV-Version")).isEqualTo("2.0.0");
        assertThat(api.get(key, "/epcis/capture").getHeader("GS1-EPCIS-Capture-Limit"))
                .isEqualTo("10000");

        List<String> many = new ArrayList<>();
        for (int i = 0; i <= CaptureLimits.EVENTS; i++) {
            many.add(shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping"));
        }
        MockHttpServletResponse tooMany = api.post(key, "/epcis/capture", document(many.toArray(String[]::new)));
        assertThat(tooMany.getStatus()).isEqualTo(413);
        assertThat(json(tooMany).path("type").asString()).isEqualTo("epcisException:CaptureLimitExceededException");

        String huge =
                document(shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping")) + " ".repeat(CaptureLimits.BYTES);
        assertThat(api.post(key, "/epcis/capture", huge).getStatus()).isEqualTo(413);
    }

    @Test
    void queriesAndAcrossParametersOrWithinAListAndPageWithNextPageToken() throws Exception {
        String key = api.key(api.member());
        List<String> events = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            events.add(
                    shipping(lotUrn, "2026-12-0" + day + "T08:00:00+07:00", day % 2 == 0 ? "receiving" : "shipping"));
        }
        assertThat(api.capture(key, document(events.toArray(String[]::new)), "rollback")
                        .path("captured")
                        .asInt())
                .isEqualTo(5);
        String lot = "MATCH_epcClass=" + enc(lotUrn);

        assertThat(events(key, "/epcis/events?" + lot + "&EQ_bizStep=shipping")).hasSize(3);
        assertThat(events(key, "/epcis/events?" + lot + "&EQ_bizStep=shipping,receiving"))
                .hasSize(5);
        assertThat(events(
                        key,
                        "/epcis/events?" + lot + "&EQ_bizStep=receiving&GE_eventTime="
                                + enc("2026-12-03T00:00:00+07:00")))
                .hasSize(1);

        List<String> times = new ArrayList<>();
        String next = "/epcis/events?" + lot + "&perPage=2&orderBy=eventTime&orderDirection=ASC";
        int pages = 0;
        while (next != null) {
            MockHttpServletResponse page = api.get(key, next);
            assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
            for (JsonNode event : json(page)
                    .at("/epcisBody/queryResults/resultsBody/eventList")
                    .values()) {
                times.add(event.path("eventTime").asString());
            }
            String link = page.getHeader("Link");
            next = link == null ? null : link.substring(link.indexOf("/epcis/"), link.indexOf('>'));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(times).hasSize(5).isSorted();

        MockHttpServletResponse wrong = api.get(key, "/epcis/events?EQ_colour=red");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(json(wrong).path("type").asString()).isEqualTo("epcisException:QueryParameterException");
        assertThat(api.get(key, "/epcis/events?nextPageToken=garbage").getStatus())
                .isEqualTo(400);
        assertThat(api.get(key, "/epcis/events?perPage=0").getStatus()).isEqualTo(400);
        assertThat(api.get(key, "/epcis/events?" + lot + "&maxEventCount=2").getStatus())
                .isEqualTo(413);

        JsonNode steps = json(api.get(key, "/epcis/bizSteps"));
        assertThat(steps.path("member").values())
                .extracting(JsonNode::asString)
                .contains("https://ref.gs1.org/cbv/BizStep-shipping", "https://ref.gs1.org/cbv/BizStep-receiving");
        assertThat(json(api.get(key, "/epcis/eventTypes")).path("member")).hasSize(5);
    }

    @Test
    void anEnterpriseNeverSeesAnothersEvents() throws Exception {
        String mine = api.key(api.member());
        String theirs = api.key(api.member());
        String withId = shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping")
                .replaceFirst("\\{", "{\"eventID\": \"urn:uuid:" + UUID.randomUUID() + "\",");
        JsonNode job = api.capture(mine, document(withId), "rollback");
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        String eventId = json(api.get(mine, "/epcis/events?MATCH_epcClass=" + enc(lotUrn)))
                .at("/epcisBody/queryResults/resultsBody/eventList/0/eventID")
                .asString();

        assertThat(api.get(mine, "/epcis/events/" + eventId).getStatus()).isEqualTo(200);
        MockHttpServletResponse hidden = api.get(theirs, "/epcis/events/" + eventId);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(json(hidden).path("type").asString()).isEqualTo("epcisException:NoSuchResourceException");
        assertThat(events(theirs, "/epcis/events?MATCH_epcClass=" + enc(lotUrn)))
                .isEmpty();
        assertThat(json(api.get(theirs, "/epcis/bizSteps")).path("member")).isEmpty();
        String jobUrl = "/epcis/capture/" + job.path("id").asString();
        assertThat(api.get(theirs, jobUrl).getStatus()).isEqualTo(404);
        assertThat(api.get(mine, jobUrl).getStatus()).isEqualTo(200);
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
