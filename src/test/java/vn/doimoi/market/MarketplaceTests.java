package vn.doimoi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.market.MarketFixture.Party;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.listing.SavedSearches;
import vn.doimoi.market.matching.Matching;
import vn.doimoi.projects.ResultRegistered;

@DoimoiSpringTest
class MarketplaceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Listings listings;

    @Autowired
    Deals deals;

    @Autowired
    Matching matching;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    Directory directory;

    @Autowired
    Notifications notifications;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MarketFixture fixture;

    Party member() {
        return fixture.member();
    }

    CurrentUser staff() {
        return fixture.staff();
    }

    UUID published(
            Party owner, ListingKind kind, String title, String text, String code, Integer trl, boolean anonymous) {
        return fixture.published(owner, kind, title, text, code, trl, anonymous);
    }

    @Test
    void anAnonymousOwnerNeverLeaksInPagesApiOrSearch() throws Exception {
        // given an anonymous offer whose owner has a distinctive name
        Party owner = member();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID offer = published(
                owner,
                ListingKind.OFFER,
                "Máy sấy bơm nhiệt dược liệu " + unique,
                "Máy sấy lạnh giữ hoạt chất dược liệu " + unique,
                "21101",
                8,
                true);

        // then no public page, API answer or search result names the owner
        String page = mvc.perform(get("/market/listings/" + offer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Máy sấy bơm nhiệt dược liệu " + unique).doesNotContain(owner.name());
        assertThat(page).doesNotContain(owner.organisation().toString());
        String list =
                mvc.perform(get("/market?kind=OFFER")).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(owner.name());
        String api = mvc.perform(get("/api/v1/market/listings/" + offer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api)
                .contains(unique)
                .doesNotContain(owner.name())
                .doesNotContain(owner.organisation().toString());
        String apiList = mvc.perform(get("/api/v1/market/listings?kind=OFFER&size=100"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(apiList).doesNotContain(owner.name());
        String search = mvc.perform(get("/api/v1/search").param("q", unique))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(search).contains("/market/listings/" + offer).doesNotContain(owner.name());
        String byOwnerName = mvc.perform(
                        get("/api/v1/search").param("q", owner.name()).param("type", "listing"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byOwnerName).doesNotContain(offer.toString());

        // and another member sees it anonymous until the owner accepts its interest
        Party interested = member();
        String before = mvc.perform(
                        get("/market/listings/" + offer).with(user(testUsers.principal(interested.username()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before).doesNotContain(owner.name());
        UUID deal = deals.expressInterest(interested.actor(), offer, null, "Chúng tôi quan tâm");
        assertThat(deals.view(interested.actor(), deal).ownerName()).isNull();
        deals.accept(owner.actor(), deal, deals.view(owner.actor(), deal).version());
        assertThat(deals.view(interested.actor(), deal).ownerName()).isEqualTo(owner.name());
        String after = mvc.perform(
                        get("/market/listings/" + offer).with(user(testUsers.principal(interested.username()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).contains(owner.name());
        // still hidden from everybody else
        String anonymousReader = mvc.perform(get("/market/listings/" + offer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymousReader).doesNotContain(owner.name());
    }

    @Test
    void draftsAreNeitherPublicNorSearchable() throws Exception {
        Party owner = member();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID draft = listings.create(
                owner.actor(),
                ListingKind.DEMAND,
                new ListingContent(
                        "Bài toán nháp " + unique,
                        "Nháp " + unique,
                        "Vấn đề",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        listings.today().plusDays(30),
                        false,
                        Set.of(),
                        Set.of()));

        assertThat(mvc.perform(get("/market/listings/" + draft))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/search").param("q", unique))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(draft.toString());
    }

    @Test
    void matchingExplainsItsResultsAndNeverPadsTheList() {
        // given a demand for rice-straw treatment, a fitting offer, and an unrelated one
        Party enterprise = member();
        Party institute = member();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        UUID fitting = published(
                institute,
                ListingKind.OFFER,
                "Chế phẩm vi sinh xử lý rơm rạ thành phân hữu cơ "
                        + UUID.randomUUID().toString().substring(0, 6),
                "Chế phẩm Trichoderma phân huỷ rơm rạ sau thu hoạch thành phân hữu cơ tại ruộng",
                "40601",
                8,
                false);
        UUID unrelated = published(
                institute,
                ListingKind.OFFER,
                "Phần mềm kế toán cho trường học "
                        + UUID.randomUUID().toString().substring(0, 6),
                "Quản lý học phí và sổ sách kế toán trường học",
                "50201",
                9,
                false);
        UUID demand = published(
                enterprise,
                ListingKind.DEMAND,
                "Xử lý rơm rạ sau thu hoạch thành phân hữu cơ " + unique,
                "Hợp tác xã cần xử lý rơm rạ tại ruộng thay cho đốt đồng, làm phân hữu cơ",
                "40601",
                6,
                false);

        // when matching runs for the demand
        Matches matches = matching.matchesFor(demand, 10);

        // then the fitting offer comes with its reasons, the unrelated one is not shown
        Match first = matches.results().stream()
                .filter(m -> m.listingId().equals(fitting))
                .findFirst()
                .orElseThrow();
        assertThat(first.reasons())
                .extracting(MatchReason::key)
                .contains("market.reason.terms", "market.reason.field", "market.reason.trl");
        assertThat(matches.results()).extracting(Match::listingId).doesNotContain(unrelated, demand);
        assertThat(matches.results()).allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(matches.floor()));
    }

    @Test
    void anOrganisationsOwnListingsAreNeverItsMatches() {
        // given an enterprise that publishes a demand and, from another member, a fitting offer of its own,
        // and an institute with the same fitting offer
        Party enterprise = member();
        Party colleague = fixture.memberOf(enterprise.organisation());
        Party institute = member();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Hệ thống tưới nhỏ giọt thông minh cho thanh long " + unique;
        String text = "Tưới nhỏ giọt tự động theo độ ẩm đất cho vườn thanh long, tiết kiệm nước và phân bón";
        UUID own = published(colleague, ListingKind.OFFER, title, text, "40101", 7, false);
        UUID other = published(institute, ListingKind.OFFER, title, text, "40101", 7, false);
        UUID demand = published(
                enterprise,
                ListingKind.DEMAND,
                "Cần hệ thống tưới nhỏ giọt thông minh cho thanh long " + unique,
                "Hợp tác xã cần tưới nhỏ giọt tự động theo độ ẩm đất cho vườn thanh long",
                "40101",
                6,
                false);

        // when matching runs both ways
        Matches forDemand = matching.matchesFor(demand, 10);
        Matches forOwnOffer = matching.matchesFor(own, 10);
        Matches forOtherOffer = matching.matchesFor(other, 10);

        // then the other organisation's offer is a match and the enterprise's own is not, and vice versa
        assertThat(forDemand.results())
                .extracting(Match::listingId)
                .contains(other)
                .doesNotContain(own);
        assertThat(forOwnOffer.results()).extracting(Match::listingId).doesNotContain(demand);
        assertThat(forOtherOffer.results()).extracting(Match::listingId).contains(demand);
    }

    @Test
    void aRegisteredTaskResultBecomesADraftOfferForItsHostOnce() {
        Party host = member();
        UUID result = UUID.randomUUID();
        ResultRegistered event = new ResultRegistered(
                result,
                UUID.randomUUID(),
                "Quy trình nhân giống sen bằng nuôi cấy mô",
                "Kết quả nhiệm vụ cấp tỉnh",
                host.organisation(),
                List.of("40602"),
                "15/2026/ĐKKQ",
                LocalDate.of(2026, 11, 20));

        transactions.executeWithoutResult(status -> events.publishEvent(event));
        ListingView draft = awaitDraft(host.actor());
        transactions.executeWithoutResult(status -> events.publishEvent(event));

        assertThat(draft.kind()).isEqualTo(ListingKind.OFFER);
        assertThat(draft.status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(draft.stateFunded()).isTrue();
        assertThat(draft.fieldCodes()).containsExactly("40602");
        assertThat(notifications.inbox(host.actor().id(), 10))
                .anySatisfy(n -> assertThat(n.subject()).isEqualTo("Kết quả nhiệm vụ đã thành tin chào bán nháp"));
        assertThat(listings.mine(host.actor())).hasSize(1);
    }

    @Test
    void anInstantSavedSearchTellsItsOwnerWhenAFittingListingIsPublished() {
        Party watcher = member();
        Party owner = member();
        String unique = "sen" + UUID.randomUUID().toString().substring(0, 5);
        savedSearches.save(watcher.actor(), "nuoi cay mo " + unique, ListingKind.OFFER, "406", "INSTANT");

        published(
                owner,
                ListingKind.OFFER,
                "Nuôi cấy mô cây " + unique,
                "Nhân giống bằng nuôi cấy mô",
                "40602",
                7,
                false);
        published(owner, ListingKind.OFFER, "Máy ép " + unique, "Máy ép viên", "20301", 7, false);

        assertThat(notifications.inbox(watcher.actor().id(), 10))
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Nuôi cấy mô cây " + unique));
    }

    private ListingView awaitDraft(CurrentUser actor) {
        for (int i = 0; i < 100; i++) {
            List<ListingView> mine = listings.mine(actor);
            if (!mine.isEmpty()) {
                return mine.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no draft offer was created");
    }
}
