package vn.doimoi.shared.kept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.MarketFixture;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.document.DocumentData;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.portal.stats.PortalCounters;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.shared.HistoryClock;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * Kept public pages (ADR 0074): a change to what a page shows is on the next request, whoever
 * wrote it (JPA or JDBC), with the same security headers as a rendered page, and each answer
 * counts one view however it was served.
 */
@DoimoiSpringTest
class KeptPagesTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    Documents documents;

    @Autowired
    MarketFixture market;

    @Autowired
    TestUsers testUsers;

    @Autowired
    PortalCounters counters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Selection selection;

    /** The application's clock: held at a moment for the test's thread, which MockMvc runs the request on. */
    @Autowired
    HistoryClock clock;

    @Test
    void anUnpublishedArticleIsGoneOnTheNextRequest() throws Exception {
        UUID article = published("Bài sẽ gỡ");
        String url = "/news/" + articles.publishedSlug(article).orElseThrow();
        assertThat(read(url).getStatus()).isEqualTo(200);
        assertKept(url);

        articles.unpublish(article, articles.editable(article).version());

        assertThat(read(url).getStatus()).isEqualTo(404);
    }

    @Test
    void theHomePagesNewsShowsAChangedTitleOnTheNextRequest() throws Exception {
        String marker = marker();
        UUID article = published("Tin trang chủ " + marker);
        assertThat(read("/").getContentAsString()).contains("Tin trang chủ " + marker);
        assertKept("/");

        var editable = articles.editable(article);
        articles.update(
                article,
                editable.version(),
                new ArticleData("Tin trang chủ đã sửa " + marker, null, "<p>Nội dung</p>", null, category()));

        assertThat(read("/").getContentAsString()).contains("Tin trang chủ đã sửa " + marker);
    }

    @Test
    void aListingChangedByAJdbcWriterShowsOnTheNextRequest() throws Exception {
        String marker = marker();
        UUID listing = market.published(
                market.member(), ListingKind.OFFER, "Công nghệ giữ trang " + marker, "Mô tả", "20701", 6, false);
        String url = "/market/listings/" + listing;
        assertThat(read(url).getContentAsString()).contains("Công nghệ giữ trang " + marker);
        assertKept(url);

        jdbc.update("update market.listing set title = ? where id = ?", "Công nghệ đổi tên " + marker, listing);

        assertThat(read(url).getContentAsString()).contains("Công nghệ đổi tên " + marker);
    }

    @Test
    void anOrganisationChangedShowsOnTheNextRequest() throws Exception {
        UUID organisation = testUsers.organisation();
        String url = "/organisations/" + organisation;
        read(url);
        assertKept(url);
        String marker = marker();

        jdbc.update(
                "update directory.organisation set name = ? where id = ?", "Công ty đổi tên " + marker, organisation);

        assertThat(read(url).getContentAsString()).contains("Công ty đổi tên " + marker);
    }

    @Test
    void aDocumentChangedShowsOnTheNextRequest() throws Exception {
        String marker = marker();
        UUID document = documents.create(document("Quyết định giữ trang " + marker, marker));
        String url = "/documents/" + document;
        assertThat(read(url).getContentAsString()).contains("Quyết định giữ trang " + marker);
        assertKept(url);

        documents.update(
                document, documents.editable(document).version(), document("Quyết định đã sửa " + marker, marker));

        assertThat(read(url).getContentAsString()).contains("Quyết định đã sửa " + marker);
    }

    @Test
    void aKeptPageHasTheSecurityHeadersOfARenderedOne() throws Exception {
        read("/");
        MockHttpServletResponse kept = assertKept("/");
        MockHttpServletResponse rendered =
                mvc.perform(get("/login")).andReturn().getResponse();

        assertThat(kept.getHeader("Content-Security-Policy")).isNotBlank();
        for (String header : List.of(
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy",
                "Permissions-Policy",
                "Strict-Transport-Security",
                "Cross-Origin-Opener-Policy",
                "X-XSS-Protection")) {
            assertThat(kept.getHeader(header)).as(header).isEqualTo(rendered.getHeader(header));
        }
    }

    @Test
    void aConditionalRequestForAnUnchangedPageIsAnsweredNotModified() throws Exception {
        // one reader asking again: neither the page nor the numbers written into it changed
        Cookie reader = new Cookie("dm_visitor", UUID.randomUUID().toString());
        MockHttpServletResponse first =
                mvc.perform(get("/news").cookie(reader)).andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();

        MockHttpServletResponse again = mvc.perform(get("/news").cookie(reader).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andReturn()
                .getResponse();
        MockHttpServletResponse since = mvc.perform(get("/news")
                        .cookie(reader)
                        .header(HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)))
                .andReturn()
                .getResponse();

        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
        assertThat(since.getStatus()).isEqualTo(304);
    }

    @Test
    void eachReaderCountsOneViewWhetherThePageIsRenderedKeptOrNotModified() throws Exception {
        UUID article = published("Bài đếm lượt " + marker());
        String url = "/news/" + articles.publishedSlug(article).orElseThrow();
        long before = counters.views(article);

        MockHttpServletResponse rendered = read(url);
        double kept = keptAnswers();
        MockHttpServletResponse fromMemory = read(url);
        assertThat(keptAnswers()).isEqualTo(kept + 1);
        mvc.perform(anonymous(url).header(HttpHeaders.IF_NONE_MATCH, fromMemory.getHeader(HttpHeaders.ETAG)))
                .andReturn();

        assertThat(counters.views(article)).isEqualTo(before + 3);
        assertThat(rendered.getContentAsString())
                .contains("<strong>" + VietnameseFormats.number(before + 1) + "</strong>");
        assertThat(fromMemory.getContentAsString())
                .contains("<strong>" + VietnameseFormats.number(before + 2) + "</strong>")
                .doesNotContain("@@dm:");
    }

    @Test
    void countedViewsWrittenToTheDatabaseLeaveThePageKept() throws Exception {
        UUID article = published("Bài đọc nhiều " + marker());
        String url = "/news/" + articles.publishedSlug(article).orElseThrow();
        read(url);
        read(url);
        counters.flush();

        assertKept(url);
    }

    @Test
    void aCallKeptBeforeItsDeadlineIsClosedOnThePagesTheMomentTheDeadlinePasses() throws Exception {
        // a call receiving until the end of tomorrow, Vietnam time; its page and the list kept at
        // 23:59:30 that day, half a minute before receipt ends
        LocalDate deadline = LocalDate.now(VIETNAM).plusDays(1);
        Instant halfAMinuteBefore = deadline.atTime(23, 59, 30).atZone(VIETNAM).toInstant();
        Instant justAfter =
                deadline.plusDays(1).atStartOfDay(VIETNAM).plusSeconds(1).toInstant();
        String title = "Giống lúa giữ trang " + marker();
        UUID call = openCall(title, deadline);
        String url = "/calls/" + call;
        String before = at(halfAMinuteBefore, () -> read(url)).getContentAsString();
        assertThat(before).contains("Đang nhận hồ sơ").doesNotContain("Hết hạn nhận hồ sơ");
        assertThat(at(halfAMinuteBefore, () -> read("/calls?size=500")).getContentAsString())
                .contains(title);
        at(halfAMinuteBefore, () -> assertKept(url));

        // 31 seconds later, within the minute a kept page lasts, nothing in the database changed:
        // the page and the list show it closed all the same
        double kept = keptAnswers();
        String after = at(justAfter, () -> read(url)).getContentAsString();
        assertThat(keptAnswers()).as("rendered again, not answered from memory").isEqualTo(kept);
        assertThat(after).contains("Hết hạn nhận hồ sơ").doesNotContain("Đang nhận hồ sơ");
        assertThat(at(justAfter, () -> read("/calls?size=500")).getContentAsString())
                .doesNotContain(title);
    }

    /** Reads the page as a new anonymous reader and checks it was answered from memory. */
    private MockHttpServletResponse assertKept(String url) throws Exception {
        double kept = keptAnswers();
        MockHttpServletResponse response = read(url);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(keptAnswers()).as("answered from memory: " + url).isEqualTo(kept + 1);
        return response;
    }

    private double keptAnswers() {
        return meters.get("doimoi.kept.pages").tag("answer", "kept").counter().count();
    }

    private MockHttpServletResponse read(String url) throws Exception {
        return mvc.perform(anonymous(url)).andReturn().getResponse();
    }

    /** A new reader each time (its own visitor cookie), with no session. */
    private static MockHttpServletRequestBuilder anonymous(String url) {
        return get(url).cookie(new Cookie("dm_visitor", UUID.randomUUID().toString()));
    }

    private UUID published(String title) {
        UUID article = articles.create(new ArticleData(title, null, "<p>Nội dung</p>", null, category()));
        articles.publish(article, articles.editable(article).version());
        return article;
    }

    private UUID category() {
        return articles.categories().isEmpty()
                ? articles.createCategory("Tin giữ trang", 95)
                : articles.categories().get(0).id();
    }

    /** Runs a request with the application's clock reading {@code moment}. */
    private <T> T at(Instant moment, java.util.concurrent.Callable<T> request) {
        return clock.asOf(moment, () -> {
            try {
                return request.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private UUID openCall(String title, LocalDate deadline) {
        UserDetails staff = testUsers.principal(testUsers.create(Role.STAFF));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
        try {
            UUID id = selection.createCall(new CallData(
                    title,
                    TaskType.RESEARCH_TOPIC,
                    SelectionMethod.COMPETITION,
                    "Giống lúa chịu mặn cho vùng ven biển",
                    "Tổ chức KH&CN có tư cách pháp nhân",
                    "Mẫu 1, Mẫu 2",
                    List.of(),
                    null,
                    new BigDecimal("900000000"),
                    18,
                    deadline,
                    null,
                    List.of(new CallData.Product(
                            null, "Giống lúa", "1 giống", List.of(new ProductSpec("Độ mặn", "‰", "≥ 4"))))));
            selection.openCall(id, selection.call(id).version());
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static DocumentData document(String title, String marker) {
        return new DocumentData(
                DocumentType.DECISION,
                "7/QĐ-GT-" + marker,
                "Ủy ban nhân dân tỉnh",
                "Chủ tịch",
                LocalDate.of(2026, 3, 1),
                null,
                title,
                "Tóm tắt");
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
