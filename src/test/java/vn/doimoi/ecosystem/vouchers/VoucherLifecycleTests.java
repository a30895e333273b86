package vn.doimoi.ecosystem.vouchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ListingImport;
import vn.doimoi.shared.DomainException;

/**
 * Issue 21's voucher journey on the real database and pages: the Department publishes a voucher
 * programme, an enterprise applies and is granted a voucher, spends part of it with a provider of
 * the market, the provider delivers with evidence, the enterprise confirms and the Department pays;
 * two redemptions at the same moment never spend the same đồng; nothing is spent after the
 * validity; another organisation's user finds nothing; hostile input is refused in Vietnamese.
 */
@DoimoiSpringTest
class VoucherLifecycleTests {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    ListingImport listings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Redemptions redemptions;

    @Autowired
    EcosystemFigures figures;

    @Autowired
    PaperCouncil council;

    VoucherWorld world;

    @BeforeEach
    void aDepartmentAnEnterpriseAndAProvider() {
        world = new VoucherWorld(mvc, users, organisations, listings, jdbc, clock, council);
    }

    @Test
    void aVoucherIsGrantedRedeemedDeliveredConfirmedAndPaid() {
        BigDecimal grantedBefore = figures.valueAt(EcosystemFigure.VOUCHERS_GRANTED, Instant.now(clock));
        BigDecimal usedBefore = figures.valueAt(EcosystemFigure.VOUCHERS_USED, Instant.now(clock));

        // given a published programme the public sees
        UUID programme = world.programme(1_000_000_000L, 50_000_000L);
        assertThat(mvc.get().uri("/ecosystem/vouchers/programmes/" + programme))
                .hasStatusOk()
                .bodyText()
                .contains("Phiếu hỗ trợ tài chính (voucher)", "50.000.000 ₫", "Nghị định 268/2025/NĐ-CP");

        // when the enterprise applies with its profile prefilled and the Department grants it
        assertThat(world.get(world.member, "/ecosystem/vouchers/programmes/" + programme + "/apply"))
                .hasStatusOk()
                .bodyText()
                .contains("Công ty thử nghiệm");
        UUID voucher = world.grantedVoucher(programme, 50_000_000L);
        assertThat(world.get(world.member, "/ecosystem/vouchers/my/vouchers/" + voucher))
                .hasStatusOk()
                .bodyText()
                .contains("50.000.000 ₫", "Còn hiệu lực");

        // and spends 30 million of it with the provider's service
        MvcTestResult redeemed = world.post(
                world.member,
                "/ecosystem/vouchers/my/vouchers/" + voucher + "/redeem",
                Map.of("listingId", world.service.toString(), "amount", "30.000.000", "note", "Khảo sát tháng 1"));
        assertThat(redeemed).hasStatus3xxRedirection();
        assertThat(world.remaining(voucher)).isEqualByComparingTo("20000000");
        UUID redemption = jdbc.sql("SELECT id FROM ecosystem.voucher_redemption WHERE voucher_id = ?")
                .param(voucher)
                .query(UUID.class)
                .single();
        assertThat(world.get(world.providerMember, "/ecosystem/vouchers/provider"))
                .hasStatusOk()
                .bodyText()
                .contains("30.000.000 ₫", "Chờ bên cung cấp");

        // the provider records the delivery with an evidence file
        MvcTestResult delivered = mvc.perform(
                MockMvcRequestBuilders.multipart("/ecosystem/vouchers/provider/redemptions/" + redemption + "/deliver")
                        .file(new MockMultipartFile("evidence", "bien-ban-nghiem-thu.pdf", "application/pdf", PDF))
                        .param("note", "Đã khảo sát và bàn giao báo cáo đánh giá")
                        .with(user(users.principal(world.providerMember)))
                        .with(csrf()));
        assertThat(VoucherWorld.problem(delivered)).isNull();
        assertThat(state(redemption)).isEqualTo("DELIVERED");
        UUID evidence = jdbc.sql("SELECT id FROM ecosystem.voucher_evidence WHERE redemption_id = ?")
                .param(redemption)
                .query(UUID.class)
                .single();
        String evidenceUri = "/ecosystem/vouchers/redemptions/" + redemption + "/evidence/" + evidence;
        assertThat(world.get(world.member, evidenceUri)).hasStatusOk();
        assertThat(world.get(world.member, "/me")).bodyText().contains("xác nhận nghiệm thu");

        // the enterprise confirms and the Department pays the provider
        assertThat(VoucherWorld.problem(world.post(
                        world.member, "/ecosystem/vouchers/my/redemptions/" + redemption + "/confirm", Map.of())))
                .isNull();
        assertThat(world.get(world.staff, "/staff/ecosystem/vouchers"))
                .bodyText()
                .contains("bien-ban-nghiem-thu.pdf");
        MvcTestResult paid = world.post(
                world.staff,
                "/staff/ecosystem/vouchers/redemptions/" + redemption + "/pay",
                Map.of("amount", "30000000", "paidOn", LocalDate.now(clock).toString(), "reference", "UNC 1203/KHCN"));
        assertThat(VoucherWorld.problem(paid)).isNull();

        // then
        assertThat(state(redemption)).isEqualTo("PAID");
        assertThat(world.remaining(voucher)).isEqualByComparingTo("20000000");
        assertThat(world.get(world.providerMember, "/ecosystem/vouchers/provider"))
                .bodyText()
                .contains("Đã thanh toán", "UNC 1203/KHCN");
        assertThat(figures.valueAt(EcosystemFigure.VOUCHERS_GRANTED, Instant.now(clock)))
                .isEqualByComparingTo(grantedBefore.add(BigDecimal.ONE));
        assertThat(figures.valueAt(EcosystemFigure.VOUCHERS_USED, Instant.now(clock)))
                .isEqualByComparingTo(usedBefore.add(BigDecimal.ONE));
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_log WHERE entity_id = ?")
                        .param(redemption.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        // a second payment of the same redemption is refused
        assertThat(VoucherWorld.problem(world.post(
                        world.staff,
                        "/staff/ecosystem/vouchers/redemptions/" + redemption + "/pay",
                        Map.of(
                                "amount",
                                "30000000",
                                "paidOn",
                                LocalDate.now(clock).toString(),
                                "reference",
                                "X"))))
                .isEqualTo("vouchers.error.redemptionState");
    }

    @Test
    void twoRedemptionsAtTheSameMomentNeverSpendTheSameDong() throws Exception {
        UUID voucher = world.grantedVoucher(world.programme(1_000_000_000L, 40_000_000L), 40_000_000L);
        CurrentUser member = world.actor(world.member, Role.ORG_MEMBER, world.enterprise);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<UUID>> attempts = new ArrayList<>();
        try {
            // when two people of the enterprise each spend the whole voucher at the same moment
            for (int i = 0; i < 2; i++) {
                attempts.add(threads.submit(() -> {
                    start.await();
                    return redemptions.redeem(member, voucher, world.service, new BigDecimal("40000000"), null);
                }));
            }
            start.countDown();
            List<String> refusals = new ArrayList<>();
            int succeeded = 0;
            for (Future<UUID> attempt : attempts) {
                try {
                    attempt.get(30, TimeUnit.SECONDS);
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DomainException.class);
                    refusals.add(((DomainException) e.getCause()).messageKey());
                }
            }

            // then one is taken, the other refused clearly, and the voucher is spent once
            assertThat(succeeded).isEqualTo(1);
            assertThat(refusals).containsExactly("vouchers.error.insufficient");
            assertThat(world.remaining(voucher)).isEqualByComparingTo("0");
            assertThat(jdbc.sql("SELECT count(*) FROM ecosystem.voucher_redemption WHERE voucher_id = ?")
                            .param(voucher)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPartlyUsedVoucherShowsOnMyWorkBeforeItEndsAndNothingIsSpentAfter() {
        UUID voucher = world.grantedVoucher(world.programme(1_000_000_000L, 25_000_000L), 25_000_000L);
        LocalDate today = LocalDate.now(clock);

        // given a voucher ending in ten days: "Việc của tôi" says so, with what is left
        jdbc.sql("UPDATE ecosystem.voucher SET valid_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(today.plusDays(10)), voucher)
                .update();
        assertThat(world.get(world.member, "/me")).bodyText().contains("25.000.000 ₫, sắp hết hạn");

        // when its last day has passed
        jdbc.sql("UPDATE ecosystem.voucher SET valid_until = ?, valid_from = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(today.minusDays(1)), java.sql.Date.valueOf(today.minusDays(30)), voucher)
                .update();
        MvcTestResult late = world.post(
                world.member,
                "/ecosystem/vouchers/my/vouchers/" + voucher + "/redeem",
                Map.of("listingId", world.service.toString(), "amount", "1000000"));

        // then nothing is spent and the page says why
        assertThat(late).hasStatus(400).bodyText().contains("Phiếu hỗ trợ đã hết hạn sử dụng ngày");
        assertThat(world.remaining(voucher)).isEqualByComparingTo("25000000");
        assertThat(world.get(world.member, "/ecosystem/vouchers/my/vouchers/" + voucher))
                .bodyText()
                .contains("Hết hạn")
                .doesNotContain("id=\"redeem-form\"");
        assertThat(world.get(world.member, "/me")).bodyText().doesNotContain("sắp hết hạn");
    }

    @Test
    void theProviderRefusesAndTheAmountReturnsToTheVoucher() {
        UUID voucher = world.grantedVoucher(world.programme(1_000_000_000L, 30_000_000L), 30_000_000L);
        world.post(
                world.member,
                "/ecosystem/vouchers/my/vouchers/" + voucher + "/redeem",
                Map.of("listingId", world.service.toString(), "amount", "12000000"));
        UUID redemption = jdbc.sql("SELECT id FROM ecosystem.voucher_redemption WHERE voucher_id = ?")
                .param(voucher)
                .query(UUID.class)
                .single();
        assertThat(world.remaining(voucher)).isEqualByComparingTo("18000000");

        // a refusal without a reason is refused; with one, the amount comes back
        assertThat(VoucherWorld.problem(world.post(
                        world.providerMember,
                        "/ecosystem/vouchers/provider/redemptions/" + redemption + "/refuse",
                        Map.of("reason", "   "))))
                .isEqualTo("vouchers.error.reason");
        assertThat(VoucherWorld.problem(world.post(
                        world.providerMember,
                        "/ecosystem/vouchers/provider/redemptions/" + redemption + "/refuse",
                        Map.of("reason", "Lịch khảo sát đã kín đến hết quý"))))
                .isNull();

        assertThat(state(redemption)).isEqualTo("REFUSED");
        assertThat(world.remaining(voucher)).isEqualByComparingTo("30000000");
        assertThat(world.get(world.member, "/ecosystem/vouchers/my/vouchers/" + voucher))
                .bodyText()
                .contains("Lịch khảo sát đã kín đến hết quý");
    }

    @Test
    void anotherOrganisationsUserFindsNothing() {
        UUID voucher = world.grantedVoucher(world.programme(1_000_000_000L, 20_000_000L), 20_000_000L);
        world.post(
                world.member,
                "/ecosystem/vouchers/my/vouchers/" + voucher + "/redeem",
                Map.of("listingId", world.service.toString(), "amount", "5000000"));
        UUID redemption = jdbc.sql("SELECT id FROM ecosystem.voucher_redemption WHERE voucher_id = ?")
                .param(voucher)
                .query(UUID.class)
                .single();
        String stranger = users.create(Role.ORG_MEMBER);
        String broker = users.create(Role.BROKER);

        assertThat(world.get(stranger, "/ecosystem/vouchers/my/vouchers/" + voucher))
                .hasStatus(404);
        assertThat(world.post(
                        stranger,
                        "/ecosystem/vouchers/my/vouchers/" + voucher + "/redeem",
                        Map.of("listingId", world.service.toString(), "amount", "5000000")))
                .hasStatus(404);
        assertThat(world.post(stranger, "/ecosystem/vouchers/my/redemptions/" + redemption + "/cancel", Map.of()))
                .hasStatus(404);
        assertThat(world.post(
                        broker,
                        "/ecosystem/vouchers/provider/redemptions/" + redemption + "/refuse",
                        Map.of("reason", "không phải của tôi")))
                .hasStatus(404);
        assertThat(world.post(
                        world.member,
                        "/ecosystem/vouchers/provider/redemptions/" + redemption + "/refuse",
                        Map.of("reason", "tự từ chối")))
                .hasStatus(404);
        assertThat(world.get(stranger, "/ecosystem/vouchers/provider"))
                .bodyText()
                .doesNotContain(voucher.toString());
        assertThat(state(redemption)).isEqualTo("REQUESTED");
        assertThat(world.remaining(voucher)).isEqualByComparingTo("15000000");
    }

    @Test
    void hostileInputIsRefusedInVietnamese() {
        UUID programme = world.programme(100_000_000L, 20_000_000L);
        String apply = "/ecosystem/vouchers/programmes/" + programme + "/apply";

        assertThat(world.post(world.member, apply, Map.of("size", "GIANT", "purpose", "x", "amount", "mười triệu")))
                .hasStatus(400)
                .bodyText()
                .contains("Số tiền không hợp lệ");
        assertThat(world.post(world.member, apply, Map.of("size", "SMALL", "purpose", "x", "amount", "90000000")))
                .hasStatus(400)
                .bodyText()
                .contains("không vượt mức tối đa 20.000.000 ₫");
        assertThat(world.post(world.member, apply, Map.of("size", "LARGE", "purpose", "x", "amount", "1000000")))
                .hasStatus(400)
                .bodyText()
                .contains("Quy mô doanh nghiệp vượt quá");
        String unverified = users.create(Role.ORG_MEMBER);
        assertThat(world.post(unverified, apply, Map.of("size", "SMALL", "purpose", "x", "amount", "1000000")))
                .hasStatus(400)
                .bodyText()
                .contains("đã được Sở xác minh");
        assertThat(world.post(
                        world.staff,
                        "/staff/ecosystem/vouchers/programmes/new",
                        Map.of("title", "<script>alert(1)</script>", "budget", "-5", "closesOn", "31/02/2026")))
                .hasStatus(400)
                .bodyText()
                .contains("Số tiền không hợp lệ", "Ngày không hợp lệ", "Chọn ít nhất một loại tổ chức")
                .doesNotContain("<script>alert(1)</script>");

        UUID voucher = world.grantedVoucher(programme, 20_000_000L);
        String redeem = "/ecosystem/vouchers/my/vouchers/" + voucher + "/redeem";
        assertThat(world.post(
                        world.member, redeem, Map.of("listingId", world.service.toString(), "amount", "20000001")))
                .hasStatus(400)
                .bodyText()
                .contains("Phiếu chỉ còn 20.000.000 ₫");
        assertThat(world.post(
                        world.member,
                        redeem,
                        Map.of("listingId", UUID.randomUUID().toString(), "amount", "1")))
                .hasStatus(400)
                .bodyText()
                .contains("không còn đăng trên sàn công nghệ");
        assertThat(world.post(world.member, redeem, Map.of("listingId", "'; DROP TABLE x;--", "amount", "1")))
                .hasStatus(400);
        assertThat(world.remaining(voucher)).isEqualByComparingTo("20000000");
        UUID application = jdbc.sql("SELECT application_id FROM ecosystem.voucher WHERE id = ?")
                .param(voucher)
                .query(UUID.class)
                .single();
        assertThat(VoucherWorld.problem(world.post(
                        world.staff,
                        "/staff/ecosystem/vouchers/applications/" + application + "/grant",
                        Map.of("version", "abc", "amount", "1"))))
                .isEqualTo("vouchers.error.changedMeanwhile");
        assertThat(world.post(world.member, apply, Map.of("size", "SMALL", "purpose", "lần hai", "amount", "1000000")))
                .hasStatus(400)
                .bodyText()
                .contains("Đơn vị đã có hồ sơ đang xét hoặc đã được hỗ trợ");
    }

    private String state(UUID redemption) {
        return jdbc.sql("SELECT state FROM ecosystem.voucher_redemption WHERE id = ?")
                .param(redemption)
                .query(String.class)
                .single();
    }
}
