package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;

/**
 * An enterprise shares a lot's events with its buyer: the buyer's API key then reads them in
 * {@code GET /epcis/events} and {@code GET /epcis/events/{id}}, a third organisation's key does not,
 * and after the revocation the buyer's key does not either; sharing the whole product covers its
 * other lots. Another organisation cannot revoke the share.
 */
@DoimoiSpringTest
class EventSharingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSharedLotIsReadByTheBuyersKeyOnlyUntilRevoked() throws Exception {
        TraceFixtures fixtures = new TraceFixtures(mvc, testUsers, organisations, jdbc);
        String owner = fixtures.verifiedMember();
        TraceFixtures.Catalogue lot = fixtures.catalogue(owner, "TL-CHIA-SE");
        assertThat(fixtures.post(
                        owner,
                        "/traceability/lots/" + lot.lot() + "/events/new",
                        Map.of(
                                "step",
                                "HARVEST",
                                "time",
                                "2026-12-01T06:30",
                                "locationId",
                                lot.location().toString())))
                .hasStatus3xxRedirection();
        String eventId = jdbc.sql("SELECT event_id FROM traceability.event WHERE lot_id = ?")
                .param(lot.lot())
                .query(String.class)
                .single();
        UUID buyerOrganisation = testUsers.organisation();
        organisations.setVerified(buyerOrganisation, true);
        String buyer = testUsers.create(Role.ORG_MEMBER, buyerOrganisation);
        String stranger = fixtures.verifiedMember();
        String buyerKey = key(buyer);
        String strangerKey = key(stranger);
        String query = "/epcis/events?MATCH_anyEPCClass="
                + URLEncoder.encode(
                        "https://id.gs1.org/01/0" + lot.gtin() + "/10/" + lot.lotNumber(), StandardCharsets.UTF_8);
        // a hash eventID holds '/' and ';', which the firewall refuses in a path: asked for by EQ_eventID
        String one = "/epcis/events?EQ_eventID=" + URLEncoder.encode(eventId, StandardCharsets.UTF_8);

        assertThat(events(buyerKey, query)).as("not shared yet").isZero();

        assertThat(fixtures.post(
                        owner,
                        "/traceability/lots/" + lot.lot() + "/shares",
                        Map.of("recipient", buyerOrganisation.toString())))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/traceability/lots/" + lot.lot()).with(user(testUsers.principal(owner))))
                .bodyText()
                .contains("Chia sẻ với tổ chức khác", "lô TL-CHIA-SE");
        assertThat(mvc.get().uri("/traceability").with(user(testUsers.principal(buyer))))
                .bodyText()
                .contains("Được chia sẻ với doanh nghiệp", "lô TL-CHIA-SE");

        assertThat(events(buyerKey, query)).isEqualTo(1);
        assertThat(events(buyerKey, one)).isEqualTo(1);
        assertThat(events(buyerKey, "/epcis/eventTypes/ObjectEvent/events"))
                .as("the browse resource's events see the share too")
                .isEqualTo(1);
        assertThat(events(strangerKey, query))
                .as("a third organisation sees nothing")
                .isZero();
        assertThat(events(strangerKey, one)).isZero();

        UUID share = jdbc.sql("SELECT id FROM traceability.event_share WHERE lot_id = ?")
                .param(lot.lot())
                .query(UUID.class)
                .single();
        assertThat(fixtures.post(
                        stranger, "/traceability/lots/" + lot.lot() + "/shares/" + share + "/revoke", Map.of()))
                .hasStatus(404);
        assertThat(fixtures.post(owner, "/traceability/lots/" + lot.lot() + "/shares/" + share + "/revoke", Map.of()))
                .hasStatus3xxRedirection();
        assertThat(events(buyerKey, query)).as("revoked").isZero();
        assertThat(events(buyerKey, one)).isZero();
        assertThat(events(buyerKey, "/epcis/eventTypes/ObjectEvent/events")).isZero();

        // the whole product: every lot of it, including one made after the share
        assertThat(fixtures.post(
                        owner,
                        "/traceability/lots/" + lot.lot() + "/shares",
                        Map.of("recipient", buyerOrganisation.toString(), "wholeProduct", "true")))
                .hasStatus3xxRedirection();
        assertThat(events(
                        buyerKey,
                        "/epcis/events?MATCH_anyEPCClass="
                                + URLEncoder.encode(
                                        "https://id.gs1.org/01/0" + lot.gtin() + "/10/*", StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(events(strangerKey, query)).isZero();
    }

    @Test
    void sharingWithItselfOrAnUnknownOrganisationIsRefused() {
        TraceFixtures fixtures = new TraceFixtures(mvc, testUsers, organisations, jdbc);
        UUID ownerOrganisation = testUsers.organisation();
        organisations.setVerified(ownerOrganisation, true);
        String owner = testUsers.create(Role.ORG_MEMBER, ownerOrganisation);
        TraceFixtures.Catalogue lot = fixtures.catalogue(owner, "SR-RIENG");
        MvcTestResult self = fixtures.post(
                owner,
                "/traceability/lots/" + lot.lot() + "/shares",
                Map.of("recipient", ownerOrganisation.toString()));
        assertThat(self).hasStatus3xxRedirection();
        assertThat(Objects.requireNonNull(self.getMvcResult().getFlashMap().get("problem"))
                        .toString())
                .isEqualTo("traceability.share.self");
        MvcTestResult unknown = fixtures.post(
                owner,
                "/traceability/lots/" + lot.lot() + "/shares",
                Map.of("recipient", UUID.randomUUID().toString()));
        assertThat(Objects.requireNonNull(unknown.getMvcResult().getFlashMap().get("problem"))
                        .toString())
                .isEqualTo("traceability.share.recipient");
        assertThat(fixtures.post(owner, "/traceability/lots/" + lot.lot() + "/shares", Map.of("recipient", "rác")))
                .hasStatus(400);
        assertThat(jdbc.sql("SELECT count(*) FROM traceability.event_share WHERE lot_id = ?")
                        .param(lot.lot())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private int events(String key, String uri) throws Exception {
        MvcTestResult result = mvc.get()
                .uri(java.net.URI.create(uri))
                .header("Authorization", "Bearer " + key)
                .exchange();
        assertThat(result).hasStatusOk();
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        return body.path("epcisBody")
                .path("queryResults")
                .path("resultsBody")
                .path("eventList")
                .size();
    }

    private String key(String member) {
        MvcTestResult issued = mvc.post()
                .uri("/traceability/api-keys")
                .with(user(testUsers.principal(member)))
                .with(csrf())
                .param("name", "Phần mềm kho")
                .exchange();
        assertThat(issued).hasStatus3xxRedirection();
        return (String)
                Objects.requireNonNull(issued.getMvcResult().getFlashMap().get("secret"));
    }
}
