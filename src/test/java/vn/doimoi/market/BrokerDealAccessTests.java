package vn.doimoi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.market.MarketFixture.Party;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.Listings;

/**
 * The broker lines of the authorisation matrix (issue 16, ADR 0032), with real deals: a BROKER
 * role opens no deal; a broker sees (page, list, search, exports) and acts on only the deals the
 * parties chose it for, and an invited broker sees nothing of a deal until both parties agree.
 */
@DoimoiSpringTest
class BrokerDealAccessTests {

    static final BigDecimal VALUE = new BigDecimal("1234567000");
    static final String VALUE_SHOWN = "1.234.567.000";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MarketFixture fixture;

    @Autowired
    Listings listings;

    @Autowired
    Deals deals;

    @Autowired
    Notifications notifications;

    /** A broker: its username (for requests) and the service layer's view of it. */
    record Broker(String username, CurrentUser actor) {}

    /** A deal, its parties, and the words of its message that only the right readers may see. */
    record DealCase(UUID id, Party owner, Party interested, String secret) {}

    @Test
    void aBrokerNotChosenByThePartiesGetsNotFoundOnTheDealPageAndActions() throws Exception {
        // given deal D1 brokered by B1, signed with its contract value, and another broker B2
        Broker b1 = broker();
        Broker b2 = broker();
        DealCase d1 = signedWith(b1);

        // when B2 opens D1's page, then it is not found; B1 and STAFF read it all
        assertThat(page(b2, d1).getStatus()).isEqualTo(404);
        MockHttpServletResponse asB1 = page(b1, d1);
        assertThat(asB1.getStatus()).isEqualTo(200);
        assertThat(body(asB1))
                .contains(d1.secret())
                .contains(VALUE_SHOWN)
                .contains(d1.interested().name());
        MockHttpServletResponse asStaff = mvc.perform(
                        get("/market/deals/" + d1.id()).with(user(testUsers.principal(staff()))))
                .andReturn()
                .getResponse();
        assertThat(body(asStaff)).contains(d1.secret()).contains(VALUE_SHOWN);

        // and B2's posts on D1 are refused and change nothing
        long version = deals.view(d1.owner().actor(), d1.id()).version();
        String[] actions = {
            "broker",
            "documents?document=" + deals.rules().documents().get(0),
            "decline?reason=OTHER",
            "registered?version=" + version + "&certificateNumber=1/GCN&certificateDate=" + listings.today(),
            "broker/withdraw"
        };
        for (String action : actions) {
            assertThat(postAs(b2, "/market/deals/" + d1.id() + "/" + action).getStatus())
                    .as(action)
                    .isEqualTo(404);
        }
        DealView after = deals.view(d1.owner().actor(), d1.id());
        assertThat(after.stage()).isEqualTo(DealStage.SIGNED);
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.documentsGathered()).isEmpty();
        assertThat(page(b2, d1).getStatus()).isEqualTo(404);
        assertThat(body(page(b1, d1))).contains(d1.secret());
    }

    @Test
    void aDealIsAbsentFromTheListsSearchAndExportsOfABrokerWhoDoesNotBrokerIt() throws Exception {
        // given D1 brokered by B1, and D2 accepted by its owner and still without a broker
        Broker b1 = broker();
        Broker b2 = broker();
        DealCase d1 = signedWith(b1);
        DealCase d2 = accepted();

        // when B2 lists its deals, then neither is there; B1's list has D1 and not D2
        String b2List = body(getAs(b2, "/market/my"));
        assertThat(b2List)
                .doesNotContain(d1.id().toString())
                .doesNotContain(d2.id().toString());
        String b1List = body(getAs(b1, "/market/my"));
        assertThat(b1List).contains(d1.id().toString()).doesNotContain(d2.id().toString());

        // and neither the page of D2 nor search nor the statistics export show B2 a deal
        assertThat(page(b2, d2).getStatus()).isEqualTo(404);
        assertThat(body(getAs(b2, "/search?q=" + d2.secret()))).doesNotContain("/market/deals/");
        assertThat(body(getAs(b2, "/api/v1/search?q=" + d2.secret()))).doesNotContain("/market/deals/");
        assertThat(getAs(b2, "/staff/market/statistics.xlsx").getStatus()).isEqualTo(403);
    }

    @Test
    void aBrokerCannotTakeADealThePartiesDidNotChooseItFor() throws Exception {
        // given D2, accepted and waiting for a broker, and D3, still at the interest stage
        Broker b2 = broker();
        DealCase d2 = accepted();
        DealCase d3 = interest();

        // when B2 tries to take either (a real POST with a CSRF token)
        MockHttpServletResponse take2 = postAs(b2, "/market/deals/" + d2.id() + "/broker");
        MockHttpServletResponse take3 = postAs(b2, "/market/deals/" + d3.id() + "/broker");

        // then both are refused as unknown, and neither deal has a broker
        assertThat(take2.getStatus()).isEqualTo(404);
        assertThat(take3.getStatus()).isEqualTo(404);
        assertThat(deals.view(d2.owner().actor(), d2.id()).brokerName()).isNull();
        assertThat(deals.view(d3.owner().actor(), d3.id()).brokerName()).isNull();
        assertThat(deals.view(d3.owner().actor(), d3.id()).stage()).isEqualTo(DealStage.INTEREST);
        assertThat(postAs(b2, "/market/deals/" + d2.id() + "/introduced?version=1")
                        .getStatus())
                .isEqualTo(404);
        assertThat(deals.view(d2.owner().actor(), d2.id()).stage()).isEqualTo(DealStage.INTRODUCTION);
    }

    @Test
    void anInvitedBrokerSeesNoMessageNorPartiesUntilBothPartiesAgree() throws Exception {
        // given D4, accepted, and its owner invites broker B2 from the list
        Broker b2 = broker();
        DealCase d4 = accepted();
        assertThat(postAs(d4.owner(), "/market/deals/" + d4.id() + "/broker/invite?broker=" + id(b2))
                        .getStatus())
                .isEqualTo(302);

        // when B2 opens the deal and accepts the invitation
        String invited = body(page(b2, d4));
        postAs(b2, "/market/deals/" + d4.id() + "/broker");
        String accepted = body(page(b2, d4));

        // then B2 sees the listing and the stage, but no message and no parties, and is not the broker yet
        for (String seen : new String[] {invited, accepted}) {
            assertThat(seen).contains("deal-withheld").doesNotContain(d4.secret());
            assertThat(seen)
                    .doesNotContain(d4.interested().name())
                    .doesNotContain(d4.owner().name());
        }
        assertThat(deals.view(d4.owner().actor(), d4.id()).brokerName()).isNull();
        // and the invitation told B2 nothing of the deal's content
        assertThat(notifications.inbox(b2.actor().id(), 20))
                .isNotEmpty()
                .allSatisfy(notice -> assertThat(notice.body())
                        .doesNotContain(d4.secret())
                        .doesNotContain(d4.owner().name())
                        .doesNotContain(d4.interested().name()));

        // when the interested side agrees too, then B2 is the broker and reads the deal
        postAs(d4.interested(), "/market/deals/" + d4.id() + "/broker/consent");
        assertThat(deals.view(d4.owner().actor(), d4.id()).brokerName()).isNotNull();
        assertThat(body(page(b2, d4)))
                .contains(d4.secret())
                .contains(d4.interested().name());
    }

    @Test
    void brokersHearOfADealOnlyWhenItsPartiesSeekOneAndThenNothingOfItsContent() throws Exception {
        // given a broker, and D5 accepted by its owner
        Broker b2 = broker();
        DealCase d5 = accepted();
        assertThat(notifications.inbox(b2.actor().id(), 50))
                .noneMatch(notice -> notice.link().equals("/market/deals/" + d5.id()));

        // when the interested side publishes that the deal seeks a broker
        postAs(d5.interested(), "/market/deals/" + d5.id() + "/broker/seek?seeking=true");

        // then B2 is told, without the listing, the parties or the message, and sees the deal withheld
        assertThat(notifications.inbox(b2.actor().id(), 50))
                .filteredOn(notice -> notice.link().equals("/market/deals/" + d5.id()))
                .singleElement()
                .satisfies(notice -> assertThat(notice.body())
                        .doesNotContain(d5.secret())
                        .doesNotContain(d5.owner().name())
                        .doesNotContain(d5.interested().name())
                        .doesNotContain("Mô-đun"));
        assertThat(body(page(b2, d5))).contains("deal-withheld").doesNotContain(d5.secret());

        // when B2 asks to broker it and only the owner agrees, it still sees nothing
        postAs(b2, "/market/deals/" + d5.id() + "/broker");
        postAs(d5.owner(), "/market/deals/" + d5.id() + "/broker/consent");
        assertThat(body(page(b2, d5))).doesNotContain(d5.secret());
        assertThat(deals.view(d5.owner().actor(), d5.id()).brokerName()).isNull();

        // and once the interested side agrees as well, B2 brokers it
        postAs(d5.interested(), "/market/deals/" + d5.id() + "/broker/consent");
        assertThat(deals.view(d5.owner().actor(), d5.id()).brokerName()).isNotNull();
        assertThat(body(page(b2, d5))).contains(d5.secret());
    }

    // ---- given

    private DealCase interest() {
        Party owner = fixture.member();
        Party interested = fixture.member();
        String secret = "bí-mật-" + UUID.randomUUID().toString().substring(0, 8);
        UUID offer = fixture.published(
                owner,
                ListingKind.OFFER,
                "Mô-đun điều khiển tưới nhỏ giọt "
                        + UUID.randomUUID().toString().substring(0, 6),
                "Điều khiển tưới theo độ ẩm đất",
                "40101",
                7,
                false);
        UUID id = deals.expressInterest(interested.actor(), offer, null, "Chúng tôi quan tâm, mã " + secret);
        return new DealCase(id, owner, interested, secret);
    }

    private DealCase accepted() {
        DealCase deal = interest();
        deals.accept(
                deal.owner().actor(),
                deal.id(),
                deals.view(deal.owner().actor(), deal.id()).version());
        return deal;
    }

    /** A deal both parties chose this broker for, introduced and signed with {@link #VALUE}. */
    private DealCase signedWith(Broker broker) throws Exception {
        DealCase deal = accepted();
        postAs(deal.owner(), "/market/deals/" + deal.id() + "/broker/invite?broker=" + id(broker));
        postAs(deal.interested(), "/market/deals/" + deal.id() + "/broker/consent");
        postAs(broker, "/market/deals/" + deal.id() + "/broker");
        deals.introduced(
                broker.actor(), deal.id(), deals.view(broker.actor(), deal.id()).version());
        deals.sign(
                deal.owner().actor(),
                deal.id(),
                deals.view(deal.owner().actor(), deal.id()).version(),
                listings.today(),
                VALUE,
                TransferDirection.DOMESTIC,
                false,
                false);
        return deal;
    }

    private Broker broker() {
        String username = testUsers.create(Role.BROKER);
        return new Broker(username, new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.BROKER), null));
    }

    private String staff() {
        return testUsers.create(Role.STAFF);
    }

    private static String id(Broker broker) {
        return broker.actor().id().value().toString();
    }

    // ---- when

    private MockHttpServletResponse page(Broker broker, DealCase deal) throws Exception {
        return getAs(broker, "/market/deals/" + deal.id());
    }

    private MockHttpServletResponse getAs(Broker broker, String path) throws Exception {
        return perform(get(path), broker.username());
    }

    private MockHttpServletResponse postAs(Broker broker, String path) throws Exception {
        return perform(post(path).with(csrf()), broker.username());
    }

    private MockHttpServletResponse postAs(Party party, String path) throws Exception {
        return perform(post(path).with(csrf()), party.username());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(testUsers.principal(username))))
                .andReturn()
                .getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
