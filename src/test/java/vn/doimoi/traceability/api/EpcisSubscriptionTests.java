package vn.doimoi.traceability.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doimoi.traceability.api.ApiCalls.document;
import static vn.doimoi.traceability.api.ApiCalls.json;
import static vn.doimoi.traceability.api.ApiCalls.shipping;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Named queries and their webhook subscriptions, with a real HTTP receiver on this machine: a stream
 * subscription is called right after a capture, a scheduled one on its schedule, each callback signed
 * with HMAC-SHA256 under the subscription's token and carrying only the query's new events.
 */
@DoimoiSpringTest
class EpcisSubscriptionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    ApiCalls api;
    HttpServer receiver;
    final BlockingQueue<String[]> callbacks = new LinkedBlockingQueue<>();
    String lotUrn;

    @BeforeEach
    void start() throws Exception {
        api = new ApiCalls(mvc, users, organisations);
        lotUrn = "urn:epc:class:lgtin:8936045.012001.Q"
                + ThreadLocalRandom.current().nextLong(1L << 40);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            callbacks.add(new String[] {exchange.getRequestHeaders().getFirst("GS1-Signature"), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aNamedQueryIsSavedReadAndDeletedByItsOrganisationOnly() throws Exception {
        String key = api.key(api.member());
        String other = api.key(api.member());
        String name = "shipped-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String body = "{\"name\": \"%s\", \"query\": {\"EQ_bizStep\": [\"shipping\"], \"MATCH_epcClass\": \"%s\"}}"
                .formatted(name, lotUrn);

        MockHttpServletResponse created = api.post(key, "/epcis/queries", body);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(created.getHeader("Location")).isEqualTo("/epcis/queries/" + name);
        assertThat(api.post(key, "/epcis/queries", body).getStatus()).isEqualTo(409);
        MockHttpServletResponse wrong =
                api.post(key, "/epcis/queries", "{\"name\": \"x\", \"query\": {\"EQ_colour\": \"red\"}}");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(json(wrong).path("type").asString()).isEqualTo("epcisException:QueryParameterException");
        assertThat(api.post(key, "/epcis/queries", "{\"name\": \"a b\", \"query\": {}}")
                        .getStatus())
                .isEqualTo(400);

        api.capture(
                key,
                document(
                        shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping"),
                        shipping(lotUrn, "2026-12-06T09:00:00+07:00", "receiving")),
                "rollback");
        JsonNode events = json(api.get(key, "/epcis/queries/" + name + "/events"));
        assertThat(events.at("/epcisBody/queryResults/queryName").asString()).isEqualTo(name);
        assertThat(events.at("/epcisBody/queryResults/resultsBody/eventList")).hasSize(1);

        assertThat(api.get(other, "/epcis/queries/" + name + "/events").getStatus())
                .isEqualTo(404);
        assertThat(json(api.get(other, "/epcis/queries/" + name)).path("type").asString())
                .isEqualTo("epcisException:NoSuchNameException");
        assertThat(mvc.delete().uri("/epcis/queries/" + name).header("GS1-API-Key", other))
                .hasStatus(404);
        assertThat(mvc.delete().uri("/epcis/queries/" + name).header("GS1-API-Key", key))
                .hasStatus(204);
        assertThat(api.get(key, "/epcis/queries/" + name + "/events").getStatus())
                .isEqualTo(404);
    }

    @Test
    void aStreamSubscriptionIsCalledAfterACaptureWithASignedDocumentOfTheNewEvents() throws Exception {
        String key = api.key(api.member());
        String name = query(key);
        String token = "token-" + ThreadLocalRandom.current().nextLong(1L << 60);
        MockHttpServletResponse subscribed = api.post(
                key,
                "/epcis/queries/" + name + "/subscriptions",
                "{\"dest\": \"%s\", \"signatureToken\": \"%s\", \"stream\": true}".formatted(hook(), token));
        assertThat(subscribed.getStatus()).as(subscribed.getContentAsString()).isEqualTo(201);
        assertThat(subscribed.getContentAsString()).doesNotContain(token);

        api.capture(key, document(shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping")), "rollback");
        String[] first = callbacks.poll(30, TimeUnit.SECONDS);
        assertThat(first).as("a callback after the capture").isNotNull();
        assertThat(first[0]).isEqualTo("sha256=" + hmac(token, first[1]));
        JsonNode sent = ApiCalls.JSON.readTree(first[1]);
        assertThat(sent.path("type").asString()).isEqualTo("EPCISQueryDocument");
        assertThat(sent.at("/epcisBody/queryResults/resultsBody/eventList")).hasSize(1);

        api.capture(key, document(shipping(lotUrn, "2026-12-07T08:00:00+07:00", "shipping")), "rollback");
        String[] second = callbacks.poll(30, TimeUnit.SECONDS);
        assertThat(second).isNotNull();
        JsonNode only = ApiCalls.JSON.readTree(second[1]).at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(only).as("only the new event is sent").hasSize(1);
        assertThat(only.get(0).path("eventTime").asString()).startsWith("2026-12-07");
    }

    @Test
    void aScheduledSubscriptionIsCalledOnItsScheduleAndBadControlsAreRefused() throws Exception {
        String key = api.key(api.member());
        String name = query(key);
        api.capture(key, document(shipping(lotUrn, "2026-12-06T08:00:00+07:00", "shipping")), "rollback");
        String token = "token-" + ThreadLocalRandom.current().nextLong(1L << 60);
        String subscriptions = "/epcis/queries/" + name + "/subscriptions";

        MockHttpServletResponse subscribed = api.post(
                key,
                subscriptions,
                ("{\"dest\": \"%s\", \"signatureToken\": \"%s\", \"schedule\": {\"second\": \"*/2\"},"
                                + " \"initialRecordTime\": \"2026-01-01T00:00:00Z\"}")
                        .formatted(hook(), token));
        assertThat(subscribed.getStatus()).as(subscribed.getContentAsString()).isEqualTo(201);
        String[] callback = callbacks.poll(30, TimeUnit.SECONDS);
        assertThat(callback).as("a callback on the schedule").isNotNull();
        assertThat(callback[0]).isEqualTo("sha256=" + hmac(token, callback[1]));
        assertThat(ApiCalls.JSON.readTree(callback[1]).at("/epcisBody/queryResults/resultsBody/eventList"))
                .hasSize(1);

        for (String bad : new String[] {
            "{\"dest\": \"ftp://example.org/x\", \"signatureToken\": \"%s\", \"stream\": true}",
            "{\"dest\": \"%2$s\", \"signatureToken\": \"short\", \"stream\": true}",
            "{\"dest\": \"%2$s\", \"signatureToken\": \"%1$s\"}",
            "{\"dest\": \"%2$s\", \"signatureToken\": \"%1$s\", \"stream\": true, \"schedule\": {\"minute\": \"5\"}}",
            "{\"dest\": \"%2$s\", \"signatureToken\": \"%1$s\", \"schedule\": {\"minute\": \"; rm\"}}"
        }) {
            MockHttpServletResponse refused = api.post(key, subscriptions, bad.formatted(token, hook()));
            assertThat(refused.getStatus()).as(bad).isEqualTo(400);
            assertThat(json(refused).path("type").asString()).isEqualTo("epcisException:SubscriptionControlsException");
        }
        assertThat(api.post(key, "/epcis/queries/none-such/subscriptions", "{}").getStatus())
                .isEqualTo(404);
        String location = subscribed.getHeader("Location");
        assertThat(api.get(key, location).getStatus()).isEqualTo(200);
        assertThat(mvc.delete().uri(location).header("GS1-API-Key", key)).hasStatus(204);
        assertThat(api.get(key, location).getStatus()).isEqualTo(404);
    }

    private String query(String key) throws Exception {
        String name = "lot-" + ThreadLocalRandom.current().nextInt(1_000_000);
        MockHttpServletResponse created = api.post(
                key,
                "/epcis/queries",
                "{\"name\": \"%s\", \"query\": {\"MATCH_epcClass\": [\"%s\"]}}".formatted(name, lotUrn));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
    }

    private String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static String hmac(String token, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
