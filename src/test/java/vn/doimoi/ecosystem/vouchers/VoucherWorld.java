package vn.doimoi.ecosystem.vouchers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ImportedListing;
import vn.doimoi.market.ListingImport;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ServiceKind;

/**
 * The people of a voucher's journey, real accounts on the real database: the Department's staff,
 * a verified enterprise's member, and a provider (its own organisation, member and live service
 * listing on the market).
 */
final class VoucherWorld {

    final MockMvcTester mvc;
    final TestUsers users;
    final JdbcClient jdbc;
    final String staff;
    final String member;
    final UUID enterprise;
    final String providerMember;
    final UUID provider;
    final UUID service;
    final PaperCouncil council;

    VoucherWorld(
            MockMvcTester mvc,
            TestUsers users,
            Organisations organisations,
            ListingImport listings,
            JdbcClient jdbc,
            Clock clock,
            PaperCouncil council) {
        this.mvc = mvc;
        this.users = users;
        this.jdbc = jdbc;
        this.council = council;
        this.staff = users.create(Role.STAFF);
        this.enterprise = users.organisation();
        organisations.setVerified(enterprise, true);
        this.member = users.create(Role.ORG_MEMBER, enterprise);
        this.provider = users.organisation();
        this.providerMember = users.create(Role.ORG_MEMBER, provider);
        this.service = listings.published(new ImportedListing(
                ListingKind.SERVICE,
                provider,
                "Tư vấn đánh giá trình độ công nghệ "
                        + ThreadLocalRandom.current().nextInt(1_000_000),
                "Đánh giá trình độ, năng lực công nghệ dây chuyền sản xuất và đề xuất lộ trình đổi mới.",
                "Khảo sát tại nhà máy, báo cáo đánh giá theo Thông tư 17/2019/TT-BKHCN.",
                null,
                null,
                null,
                null,
                null,
                ServiceKind.ASSESSMENT,
                new BigDecimal("20000000"),
                new BigDecimal("80000000"),
                "Tây Ninh",
                LocalDate.now(clock).plusMonths(6),
                false,
                Set.of(),
                Set.of(),
                Instant.now(clock)));
    }

    /** A published voucher programme opened today, through the Department's pages. */
    UUID programme(long budget, long maxGrant) {
        String title =
                "Phiếu hỗ trợ đổi mới công nghệ " + ThreadLocalRandom.current().nextInt(1_000_000);
        post(
                staff,
                "/staff/ecosystem/vouchers/programmes/new",
                Map.ofEntries(
                        Map.entry("title", title),
                        Map.entry("kind", "VOUCHER"),
                        Map.entry("summary", "Hỗ trợ doanh nghiệp nhỏ và vừa thuê dịch vụ đánh giá, tư vấn công nghệ."),
                        Map.entry("budget", String.valueOf(budget)),
                        Map.entry("maxGrant", String.valueOf(maxGrant)),
                        Map.entry("opensOn", "01/01/2026"),
                        Map.entry("closesOn", "31/12/2030"),
                        Map.entry("voucherMonths", "12"),
                        Map.entry("types", "ENTERPRISE"),
                        Map.entry("largestSize", "MEDIUM"),
                        Map.entry("verifiedOnly", "true"),
                        Map.entry("documents", "Nghị định 268/2025/NĐ-CP")));
        UUID id = jdbc.sql("SELECT id FROM ecosystem.voucher_programme WHERE title = ?")
                .param(title)
                .query(UUID.class)
                .single();
        post(staff, "/staff/ecosystem/vouchers/programmes/" + id + "/publish", Map.of());
        return id;
    }

    /**
     * The member's application to the programme, sent to a review council that passes it (five
     * paper experts), then granted by the Department; returns the voucher.
     */
    UUID grantedVoucher(UUID programme, long amount) {
        UUID application = applied(member, enterprise, programme, amount);
        sendToCouncil(programme);
        council.scores(staff, councilOf(programme), Map.of(application, PaperCouncil.marks(25, 32, 24)));
        post(
                staff,
                "/staff/ecosystem/vouchers/applications/" + application + "/grant",
                Map.of("version", version(application), "amount", String.valueOf(amount), "note", "Đủ điều kiện"));
        return jdbc.sql("SELECT id FROM ecosystem.voucher WHERE application_id = ?")
                .param(application)
                .query(UUID.class)
                .single();
    }

    /** An organisation's member applies to the programme through its page; returns the application. */
    UUID applied(String username, UUID organisation, UUID programme, long amount) {
        post(
                username,
                "/ecosystem/vouchers/programmes/" + programme + "/apply",
                Map.of(
                        "size",
                        "SMALL",
                        "purpose",
                        "Đánh giá trình độ công nghệ dây chuyền sấy",
                        "amount",
                        String.valueOf(amount)));
        return jdbc.sql("SELECT id FROM ecosystem.voucher_application WHERE programme_id = ? AND organisation_id = ?")
                .params(programme, organisation)
                .query(UUID.class)
                .single();
    }

    /** STAFF send the programme's applications to a review council from their desk. */
    MvcTestResult sendToCouncil(UUID programme) {
        return post(
                staff,
                "/staff/ecosystem/vouchers/programmes/" + programme + "/council",
                Map.of("decisionNumber", "12/QĐ-SKHCN"));
    }

    /** The council of the programme's latest review. */
    UUID councilOf(UUID programme) {
        return jdbc.sql("SELECT council_id FROM ecosystem.voucher_review WHERE programme_id = ?"
                        + " ORDER BY opened_at DESC LIMIT 1")
                .param(programme)
                .query(UUID.class)
                .single();
    }

    /** The application's version, as the Department's page holds it. */
    String version(UUID application) {
        return String.valueOf(jdbc.sql("SELECT row_version FROM ecosystem.voucher_application WHERE id = ?")
                .param(application)
                .query(Long.class)
                .single());
    }

    CurrentUser actor(String username, Role role, UUID organisation) {
        return new CurrentUser(users.id(username), username, Set.of(role), organisation);
    }

    BigDecimal remaining(UUID voucher) {
        return jdbc.sql("SELECT remaining FROM ecosystem.voucher WHERE id = ?")
                .param(voucher)
                .query(BigDecimal.class)
                .single();
    }

    MvcTestResult post(String username, String uri, Map<String, String> fields) {
        var request = mvc.post().uri(uri).with(user(users.principal(username))).with(csrf());
        fields.forEach(request::param);
        return request.exchange();
    }

    MvcTestResult get(String username, String uri) {
        return mvc.get().uri(uri).with(user(users.principal(username))).exchange();
    }

    /** The refusal a post-redirect-get flashed, or null when it did what was asked. */
    static Object problem(MvcTestResult result) {
        return result.getMvcResult().getFlashMap().get("problem");
    }
}
