package vn.doimoi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.NotificationView;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.market.MarketFixture.Party;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.Listings;

/**
 * Issue 18, item 6 as a member meets it: editing a published listing (a material change goes back
 * to review, a stale form is refused), a pending listing's matches page, the marketplace filters,
 * a deal's message thread with files, and the organisation page; each with its attackers.
 */
@DoimoiSpringTest
class MarketFrictionTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

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

    @Autowired
    JdbcClient jdbc;

    // ---- 1. editing a listing

    @Test
    void aNonMaterialEditKeepsTheListingPublishedAndIsAudited() throws Exception {
        Party owner = fixture.member();
        UUID id = offer(owner, "Máy sấy nông sản " + tag());

        MockHttpServletResponse saved = perform(edit(id, form(id).replace("Tây Ninh", "Bình Dương")), owner.username());

        assertThat(saved.getRedirectedUrl()).isEqualTo("/market/listings/" + id);
        assertThat(listings.internal(id).status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listings.internal(id).region()).isEqualTo("Bình Dương");
        assertThat(audited(id, "market.listing.updated")).isEqualTo(1);
    }

    @Test
    void aMaterialEditSendsThePublishedListingBackToReviewWithANoteForTheModerator() throws Exception {
        Party owner = fixture.member();
        String title = "Máy sấy cà phê " + tag();
        UUID id = offer(owner, title);

        perform(edit(id, form(id).replace("trl=7", "trl=8")), owner.username());

        ListingView after = listings.internal(id);
        assertThat(after.status()).isEqualTo(ListingStatus.REVIEW);
        assertThat(after.changedFields()).containsExactly("trl");
        String queue = body(perform(get("/staff/market"), testUsers.create(Role.STAFF)));
        assertThat(queue).contains(title).contains("chủ tin vừa sửa").contains("Mức TRL");
        // and the moderator reads which version of the screening lists it was screened against (issue 19)
        var screened = org.jsoup.Jsoup.parse(queue).select("#review-" + id + " .screening-rule");
        assertThat(screened.text()).isEqualTo("Sàng lọc theo danh mục phiên bản ND76-2018");
        assertThat(screened.select("a").attr("href")).isEqualTo("/staff/rules/transfer-screening/ND76-2018");
        // while it waits, its owner reads "Đang chờ duyệt", not "no suitable results"
        String matches = body(perform(get("/market/listings/" + id + "/matches"), owner.username()));
        assertThat(matches).contains("Đang chờ duyệt").doesNotContain("Chưa có kết quả đủ phù hợp");
        assertThat(body(perform(get("/market/listings/" + id), owner.username())))
                .contains("Đang chờ duyệt");
    }

    @Test
    void twoMembersEditingTheSameListingTheLaterSaveIsRefusedInVietnameseAndKeepsWhatWasTyped() throws Exception {
        Party first = fixture.member();
        Party second = fixture.memberOf(first.organisation());
        UUID id = offer(first, "Hệ thống lọc nước " + tag());
        String loadedByBoth = form(id);

        perform(edit(id, loadedByBoth.replace("Tây Ninh", "Long An")), first.username());
        MockHttpServletResponse late =
                perform(edit(id, loadedByBoth.replace("Tây Ninh", "Đồng Nai")), second.username());

        assertThat(body(late)).contains("vừa được người khác thay đổi").contains("Đồng Nai");
        assertThat(listings.internal(id).region()).isEqualTo("Long An");
    }

    @Test
    void anotherOrganisationsMemberCanNeitherOpenNorSaveTheEditForm() throws Exception {
        UUID id = offer(fixture.member(), "Cảm biến độ mặn " + tag());
        Party stranger = fixture.member();

        assertThat(perform(get("/market/my/listings/" + id + "/edit"), stranger.username())
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(edit(id, form(id).replace("trl=7", "trl=1")), stranger.username())
                        .getStatus())
                .isEqualTo(404);
        assertThat(listings.internal(id).trl()).isEqualTo(7);
        assertThat(mvc.perform(post("/market/my/listings/" + id + "/edit").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302); // anonymous: to the sign-in page
    }

    // ---- 3. marketplace filters

    @Test
    void filtersCombineWithTheWordsKeepTheirValuesInTheAddressAndCountTheResults() throws Exception {
        String word = "Xylanh" + tag();
        String title = "Bộ điều khiển " + word;
        offer(fixture.member(), title);

        String fits = body(mvc.perform(get("/market")
                        .param("q", word)
                        .param("field", "401")
                        .param("trl", "7")
                        .param("mode", "LICENCE")
                        .param("priceMin", "50.000.000")
                        .param("priceMax", "200.000.000")
                        .param("province", "Tây Ninh"))
                .andReturn()
                .getResponse());
        assertThat(fits).contains(title).contains("Tìm thấy 1 tin").contains("value=\"50.000.000\"");
        assertThat(body(mvc.perform(get("/market").param("q", word).param("trl", "8"))
                        .andReturn()
                        .getResponse()))
                .doesNotContain(title)
                .contains("Tìm thấy 0 tin");
        assertThat(body(mvc.perform(get("/market").param("q", word).param("priceMin", "950.000.000"))
                        .andReturn()
                        .getResponse()))
                .doesNotContain(title);
    }

    @Test
    void unreadableFilterValuesAreIgnoredWithAVietnameseNoticeNeverAnError() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/market")
                        .param("priceMin", "abc")
                        .param("trl", "99")
                        .param("mode", "<script>")
                        .param("field", "'; drop table--"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response))
                .contains("Giá từ phải là số tiền")
                .contains("Mức TRL phải từ 1 đến 9")
                .contains("Mã lĩnh vực không hợp lệ")
                .doesNotContain("<script>");
    }

    // ---- 4. a deal's message thread

    @Test
    void thePartiesExchangeMessagesAndFilesInsideTheDealAndTheOtherSideIsTold() throws Exception {
        Party owner = fixture.member();
        Party interested = fixture.member();
        UUID deal = deal(owner, interested);

        MockHttpServletResponse sent = perform(
                multipart("/market/deals/" + deal + "/messages")
                        .file(new MockMultipartFile("file", "báo giá.pdf", "application/pdf", PDF))
                        .param("text", "Gửi anh chị báo giá sơ bộ")
                        .with(csrf()),
                interested.username());

        assertThat(sent.getRedirectedUrl()).isEqualTo("/market/deals/" + deal + "#thread");
        String page = body(perform(get("/market/deals/" + deal), owner.username()));
        assertThat(page).contains("Gửi anh chị báo giá sơ bộ").contains("báo giá.pdf");
        UUID message = jdbc.sql("SELECT id FROM market.deal_message WHERE deal_id = ?")
                .param(deal)
                .query(UUID.class)
                .single();
        MockHttpServletResponse file =
                perform(get("/market/deals/" + deal + "/messages/" + message + "/file"), owner.username());
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(notifications.inbox(owner.actor().id(), 20))
                .extracting(NotificationView::subject)
                .contains("Tin nhắn mới trong giao dịch");
        assertThat(audited(deal, "market.deal.message")).isEqualTo(1);
    }

    @Test
    void noOneElseReadsOrWritesTheThread() throws Exception {
        Party owner = fixture.member();
        Party interested = fixture.member();
        UUID deal = deal(owner, interested);
        perform(
                multipart("/market/deals/" + deal + "/messages")
                        .file(new MockMultipartFile("file", "hop-dong.pdf", "application/pdf", PDF))
                        .param("text", "Dự thảo hợp đồng")
                        .with(csrf()),
                owner.username());
        UUID message = jdbc.sql("SELECT id FROM market.deal_message WHERE deal_id = ?")
                .param(deal)
                .query(UUID.class)
                .single();
        String fileUrl = "/market/deals/" + deal + "/messages/" + message + "/file";

        String stranger = fixture.member().username();
        String broker = testUsers.create(Role.BROKER);
        for (String outsider : new String[] {stranger, broker}) {
            assertThat(perform(get(fileUrl), outsider).getStatus()).isEqualTo(404);
            assertThat(perform(
                                    post("/market/deals/" + deal + "/messages")
                                            .param("text", "xin chào")
                                            .with(csrf()),
                                    outsider)
                            .getStatus())
                    .isEqualTo(404);
        }
        String staff = testUsers.create(Role.STAFF);
        assertThat(perform(get(fileUrl), staff).getStatus()).isEqualTo(403);
        assertThat(body(perform(get("/market/deals/" + deal), staff))).doesNotContain("Dự thảo hợp đồng");
        assertThat(mvc.perform(get(fileUrl)).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM market.deal_message WHERE deal_id = ?")
                        .param(deal)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aProgramOrAnEmptyMessageIsRefusedInVietnameseAndNothingIsKept() throws Exception {
        Party owner = fixture.member();
        UUID deal = deal(owner, fixture.member());

        MvcResult program = result(
                multipart("/market/deals/" + deal + "/messages")
                        .file(new MockMultipartFile("file", "bao-gia.pdf", "application/pdf", EXE))
                        .with(csrf()),
                owner.username());
        MvcResult empty = result(
                post("/market/deals/" + deal + "/messages").param("text", "   ").with(csrf()), owner.username());

        assertThat(program.getFlashMap().get("problem")).isEqualTo("market.thread.error.type");
        assertThat(empty.getFlashMap().get("problem")).isEqualTo("market.thread.error.empty");
        assertThat(jdbc.sql("SELECT count(*) FROM market.deal_message WHERE deal_id = ?")
                        .param(deal)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    // ---- 5. the organisation page

    @Test
    void theOrganisationPageListsItsLiveListingsButNeverAnAnonymousOne() throws Exception {
        Party owner = fixture.member();
        String shown = "Dây chuyền chế biến " + tag();
        String anonymous = "Quy trình bí mật " + tag();
        offer(owner, shown);
        fixture.published(owner, ListingKind.OFFER, anonymous, "Quy trình chế biến", "40101", 6, true);

        String page = body(mvc.perform(get("/organisations/" + owner.organisation()))
                .andReturn()
                .getResponse());

        assertThat(page)
                .contains("Tin đang đăng trên sàn công nghệ")
                .contains(shown)
                .doesNotContain(anonymous);
    }

    // ---- given

    private UUID offer(Party owner, String title) {
        return fixture.published(owner, ListingKind.OFFER, title, "Thiết bị cho hợp tác xã", "40101", 7, false);
    }

    /** A deal whose owner accepted the interest. */
    private UUID deal(Party owner, Party interested) {
        UUID offer = offer(owner, "Thiết bị tưới " + tag());
        UUID id = deals.expressInterest(interested.actor(), offer, null, "Chúng tôi quan tâm");
        deals.accept(owner.actor(), id, deals.view(owner.actor(), id).version());
        return id;
    }

    /** The edit form's fields as the page would post them (urlencoded), prefilled from the listing. */
    private String form(UUID id) {
        ListingView listing = listings.internal(id);
        return "title=" + enc(listing.title())
                + "&summary=" + enc(listing.summary())
                + "&problem=" + enc(listing.problem() == null ? "" : listing.problem())
                + "&trl=" + listing.trl()
                + "&priceMin=" + listing.priceMin().toPlainString()
                + "&priceMax=" + listing.priceMax().toPlainString()
                + "&region=Tây Ninh"
                + "&validUntil=" + listing.validUntil()
                + "&fieldCode=401&fieldCodeDetail=40101&modes=LICENCE"
                + "&version=" + listing.version();
    }

    private static MockHttpServletRequestBuilder edit(UUID id, String form) {
        return post("/market/my/listings/" + id + "/edit")
                .contentType("application/x-www-form-urlencoded;charset=UTF-8")
                .content(form)
                .with(csrf());
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long audited(UUID id, String action) {
        return jdbc.sql("SELECT count(*) FROM identity.audit_log WHERE entity_id = ? AND action = ?")
                .params(id.toString(), action)
                .query(Long.class)
                .single();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    // ---- when

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String username)
            throws Exception {
        return result(request, username).getResponse();
    }

    private MvcResult result(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        return mvc.perform(request.with(user(testUsers.principal(username)))).andReturn();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
