package vn.doimoi.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.person.People;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.MarketFixture;
import vn.doimoi.market.deal.DealBrokers;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.programs.Recurrence;
import vn.doimoi.programs.monitoring.AssignmentData;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.identification.Identification;
import vn.doimoi.projects.identification.IdentificationRounds;
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.projects.proposals.Proposals;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.shared.DomainException;

/**
 * "Việc của tôi" (issue 18): for each role, one thing that waits for the person is on {@code /me}
 * with a link that opens; sign-in lands there unless the person was sent from a page.
 */
@DoimoiSpringTest
class MyWorkTests {

    static final UUID PROGRAMME = UUID.fromString("00000054-0000-4000-8000-000000000000");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MarketFixture market;

    @Autowired
    Listings listings;

    @Autowired
    Deals deals;

    @Autowired
    DealBrokers brokers;

    @Autowired
    ProgrammeMonitoring monitoring;

    @Autowired
    Articles articles;

    @Autowired
    People people;

    @Autowired
    Proposals proposals;

    @Autowired
    Identification identification;

    @Autowired
    IdentificationRounds rounds;

    @Autowired
    Councils councils;

    @Test
    void staffSeesTheListingsWaitingForModerationAndOpensTheQueue() throws Exception {
        MarketFixture.Party owner = market.member();
        UUID listing = draft(owner, "Máy sấy nông sản " + marker());
        listings.submit(owner.actor(), listing);
        String staff = testUsers.create(Role.STAFF);

        String page = me(staff);

        assertThat(page).contains("Tin sàn công nghệ chờ kiểm duyệt").contains("tin chờ kiểm duyệt");
        follow(staff, linkOf(page, "tin chờ kiểm duyệt"));
        // the Department's staff has no scientist profile: the menu no longer offers one
        assertThat(page).doesNotContain("href=\"/my-profile\"");
    }

    @Test
    void aMemberSeesItsDraftListingAndEmptySectionsSaySo() throws Exception {
        MarketFixture.Party owner = market.member();
        String title = "Quy trình ủ phân hữu cơ " + marker();
        draft(owner, title);

        String page = me(owner.username());

        assertThat(page).contains("Tin “" + title + "” còn là bản nháp, chưa gửi duyệt");
        assertThat(follow(owner.username(), linkOf(page, title))).contains(title);
        assertThat(page).contains("Đơn vị chưa có hồ sơ nào đang xét.").contains("Không có giao dịch nào đang mở.");
        assertThat(page).doesNotContain("href=\"/my-profile\"");
    }

    @Test
    void anExpertSeesTheCouncilInvitationAndOpensTheRound() throws Exception {
        String staff = testUsers.create(Role.STAFF);
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        String expert = testUsers.create(Role.EXPERT);
        UUID person = as(expert, () -> people.create(personData("Chuyên gia " + marker()), expert));
        UUID proposal = as(
                member,
                () -> proposals.submit(
                        "Xử lý rơm rạ bằng vi sinh " + marker(),
                        "Đốt rơm rạ gây ô nhiễm",
                        "Giảm đốt rơm",
                        "Chế phẩm vi sinh",
                        null,
                        new BigDecimal("500000000"),
                        PriorityArea.BIOTECHNOLOGY));
        String title = "Xác định nhiệm vụ thử " + marker();
        UUID round = as(staff, () -> newRound(title));
        as(staff, () -> {
            identification.addProposals(round, rounds.round(round).version(), List.of(proposal));
            identification.formCouncil(round, rounds.round(round).version(), "12/QĐ-SKHCN");
            councils.seat(
                    rounds.councilOf(round), rounds.round(round).councilVersion(), Map.of(person, CouncilRole.CHAIR));
            return null;
        });

        String page = me(expert);

        assertThat(page).contains("Khai báo xung đột lợi ích: hội đồng xác định nhiệm vụ “" + title + "”");
        String link = linkOf(page, title);
        assertThat(link).isEqualTo("/identification/" + round);
        assertThat(follow(expert, link)).contains(title);
        // the expert's menu has the profile and the councils, and both open
        assertThat(page).contains("href=\"/my-profile\"").contains("href=\"/councils\"");
        follow(expert, "/my-profile");
        follow(expert, "/councils");
    }

    @Test
    void anAgencySeesItsLateAssignmentHighlightedAndOpensIt() throws Exception {
        UUID agency = testUsers.agency();
        String user = testUsers.create(Role.AGENCY, agency);
        String title = "Báo cáo chuyển đổi số " + marker();
        UUID assignment = monitoring.assign(new AssignmentData(
                monitoring.programme(PROGRAMME).taskGroups().get(0).id(),
                title,
                null,
                agency,
                Set.of(),
                null,
                Recurrence.ANNUAL,
                LocalDate.of(2024, 4, 8),
                LocalDate.of(2025, 6, 30)));

        String page = me(user);

        // late: its deadline has passed (and its yearly reports with it), the line is highlighted
        assertThat(page).containsPattern("<li class=\"overdue\">\\s*<a href=\"[^\"]+\">[^<]*" + Pattern.quote(title));
        assertThat(page).contains("Quá hạn từ");
        assertThat(linkOf(page, title)).isEqualTo("/programs/reports/assignments/" + assignment);
        assertThat(follow(user, linkOf(page, title))).contains(title);
        assertThat(page).contains("href=\"/programs/reports\"");
        follow(user, "/programs/reports");
    }

    @Test
    void anEditorSeesTheArticleWaitingForReviewAndOpensIt() throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        String title = "Hội thảo đổi mới sáng tạo " + marker();
        UUID category = articles.categories().get(0).id();
        UUID article = articles.create(new ArticleData(title, null, "<p>Nội dung</p>", null, category));
        articles.submit(article, articles.editable(article).version());

        String page = me(editor);

        assertThat(page).contains("Bài “" + title + "” chờ duyệt");
        assertThat(linkOf(page, title)).isEqualTo("/editor/articles/" + article);
        assertThat(follow(editor, linkOf(page, title))).contains(title);
    }

    @Test
    void aBrokerSeesTheDealItIsProposedForAndOpensIt() throws Exception {
        MarketFixture.Party owner = market.member();
        MarketFixture.Party interested = market.member();
        String brokerName = testUsers.create(Role.BROKER);
        CurrentUser broker = new CurrentUser(testUsers.id(brokerName), brokerName, EnumSet.of(Role.BROKER), null);
        String title = "Dây chuyền sơ chế thanh long " + marker();
        UUID offer = market.published(owner, ListingKind.OFFER, title, "Rửa, phân loại", "40101", 8, false);
        UUID deal = deals.expressInterest(interested.actor(), offer, null, "Chúng tôi quan tâm");
        brokers.invite(owner.actor(), deal, broker.id().value());

        String page = me(brokerName);

        assertThat(page).contains("Giao dịch: " + title);
        assertThat(linkOf(page, title)).isEqualTo("/market/deals/" + deal);
        assertThat(follow(brokerName, linkOf(page, title))).contains(title);
    }

    @Test
    void theAdministratorSeesWhatItManagesAndEachLineOpens() throws Exception {
        String admin = testUsers.create(Role.ADMIN);

        String page = me(admin);

        assertThat(page).contains("Quản trị hệ thống").contains("Nhật ký kiểm toán");
        follow(admin, linkOf(page, "Tài khoản người dùng"));
        follow(admin, linkOf(page, "Nhật ký kiểm toán"));
        follow(admin, linkOf(page, "Danh mục lĩnh vực khoa học"));
    }

    @Test
    void signInLandsOnMyWork() throws Exception {
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());

        MockHttpServletResponse response = mvc.perform(
                        formLogin("/login").user(member).password(TestUsers.PASSWORD))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/me");
    }

    @Test
    void signInSentFromAPageGoesBackThere() throws Exception {
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse refused =
                mvc.perform(get("/execution").session(session)).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).endsWith("/login");
        // the page asked for is kept in the session: in PostgreSQL, found by the browser's cookie (ADR 0076)
        jakarta.servlet.http.Cookie cookie = refused.getCookie("JSESSIONID") != null
                ? refused.getCookie("JSESSIONID")
                : refused.getCookie("SESSION");

        MockHttpServletResponse response = mvc.perform(post("/login")
                        .param("username", member)
                        .param("password", TestUsers.PASSWORD)
                        .with(csrf())
                        .with(request -> {
                            request.setSession(session);
                            if (cookie != null) {
                                request.setCookies(cookie);
                            }
                            return request;
                        }))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).contains("/execution");
    }

    @Test
    void anAnonymousReaderIsSentToSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/me")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    // ---------------------------------------------------------------- helpers

    private String me(String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/me").with(user(testUsers.principal(username))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Việc của tôi</h1>");
        return page;
    }

    /** Opens a page as the user and says it answered 200, as a click on the link would. */
    private String follow(String username, String link) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(link).with(user(testUsers.principal(username))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(link).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The target of the work line whose text holds {@code text}. */
    private static String linkOf(String page, String text) {
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\">[^<]*" + Pattern.quote(text))
                .matcher(page);
        assertThat(link.find()).as("a work line with " + text).isTrue();
        return link.group(1);
    }

    private UUID draft(MarketFixture.Party owner, String title) {
        return listings.create(
                owner.actor(),
                ListingKind.OFFER,
                new ListingContent(
                        title,
                        "Tóm tắt " + title,
                        "Mô tả " + title,
                        null,
                        null,
                        null,
                        null,
                        7,
                        null,
                        null,
                        new BigDecimal("100000000"),
                        new BigDecimal("900000000"),
                        "Tây Ninh",
                        listings.today().plusDays(60),
                        false,
                        Set.of("40101"),
                        Set.of(CooperationMode.LICENCE)));
    }

    private UUID newRound(String title) {
        for (int attempt = 0; ; attempt++) {
            // a round's year is between 2000 and 2100, one round a year: try free years at random
            int year = 2000 + ThreadLocalRandom.current().nextInt(101);
            try {
                return identification.createRound(year, title);
            } catch (DomainException e) {
                if (attempt > 60) {
                    throw e;
                }
            }
        }
    }

    private static PersonData personData(String name) {
        return new PersonData(
                name,
                null,
                Degree.TS,
                "Nghiên cứu viên",
                null,
                null,
                null,
                Set.of(),
                "Nông nghiệp",
                null,
                null,
                null,
                true,
                null,
                null,
                null);
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
