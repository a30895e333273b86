package vn.doimoi.ecosystem.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.MovableClock;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.market.ListingImport;

/**
 * Issue 21's voucher expiry notices with a moved clock: a voucher with value left is told to its
 * owner 30 and 7 days before its last valid day (the default settings), each once however often the
 * daily job runs, and nothing before nor for a used-up voucher; "Việc của tôi" and the voucher's page
 * say that it ends soon.
 */
@DoimoiSpringTest
class VoucherExpiryTests {

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
    PaperCouncil council;

    @Autowired
    VoucherNotices notices;

    @Autowired
    VoucherSettings settings;

    VoucherWorld world;

    @BeforeEach
    void aDepartmentAnEnterpriseAndAProvider() {
        world = new VoucherWorld(mvc, users, organisations, listings, jdbc, clock, council);
    }

    @Test
    void theOwnerIsToldThirtyAndSevenDaysBeforeTheEndEachOnce() {
        // given a granted voucher valid for the programme's twelve months, and the daily job on a clock we move
        UUID voucher = world.grantedVoucher(world.programme(1_000_000_000L, 30_000_000L), 30_000_000L);
        LocalDate until = validUntil(voucher);
        MovableClock moved = new MovableClock();
        VoucherExpiryNotices job = new VoucherExpiryNotices(jdbc, notices, settings, moved);
        assertThat(settings.expiryNoticeDays()).containsExactly(7, 30);

        // when it runs 40 days before the end: nothing to tell
        moveTo(moved, until.minusDays(40));
        job.send();
        assertThat(sent(voucher)).isEmpty();

        // when it runs 30 days before, then again the same day and the next
        moveTo(moved, until.minusDays(30));
        job.send();
        job.send();
        moveTo(moved, until.minusDays(29));
        job.send();

        // then the owner was told once, in the inbox, with what is left and the last day
        assertThat(sent(voucher)).containsExactly(30);
        assertThat(inbox())
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("còn 30.000.000 ₫ chưa sử dụng")
                        .contains("hết hạn ngày "
                                + until.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .contains("còn 30 ngày"));

        // when it runs 7 days before, twice
        moveTo(moved, until.minusDays(7));
        job.send();
        job.send();

        // then the second notice went out once
        assertThat(sent(voucher)).containsExactly(7, 30);
        assertThat(inbox()).hasSize(2).anySatisfy(body -> assertThat(body).contains("còn 7 ngày"));
    }

    @Test
    void aVoucherFirstSeenLateGetsTheNearestNoticeAloneAndAUsedUpVoucherNone() {
        UUID voucher = world.grantedVoucher(world.programme(1_000_000_000L, 20_000_000L), 20_000_000L);
        LocalDate until = validUntil(voucher);
        MovableClock moved = new MovableClock();
        VoucherExpiryNotices job = new VoucherExpiryNotices(jdbc, notices, settings, moved);

        // a voucher whose job first runs five days before its end is told the 7-day notice only
        moveTo(moved, until.minusDays(5));
        job.send();
        assertThat(sent(voucher)).containsExactly(7);

        // a voucher with nothing left is not told
        UUID spent = world.grantedVoucher(world.programme(1_000_000_000L, 10_000_000L), 10_000_000L);
        jdbc.sql("UPDATE ecosystem.voucher SET remaining = 0 WHERE id = ?")
                .param(spent)
                .update();
        moveTo(moved, validUntil(spent).minusDays(30));
        job.send();
        assertThat(sent(spent)).isEmpty();
    }

    @Test
    void myWorkAndTheVoucherPageSayItEndsSoon() {
        UUID voucher = world.grantedVoucher(world.programme(1_000_000_000L, 15_000_000L), 15_000_000L);
        LocalDate today = LocalDate.now(clock);
        assertThat(world.get(world.member, "/ecosystem/vouchers/my/vouchers/" + voucher))
                .bodyText()
                .doesNotContain("ending-notice");

        jdbc.sql("UPDATE ecosystem.voucher SET valid_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(today.plusDays(20)), voucher)
                .update();

        assertThat(world.get(world.member, "/me")).bodyText().contains("15.000.000 ₫, sắp hết hạn");
        assertThat(world.get(world.member, "/ecosystem/vouchers/my/vouchers/" + voucher))
                .bodyText()
                .contains("ending-notice")
                .contains("còn 15.000.000 ₫ chưa sử dụng");
    }

    private static void moveTo(MovableClock moved, LocalDate day) {
        LocalDate today = LocalDate.now(new MovableClock());
        moved.setOffset(Duration.ofDays(ChronoUnit.DAYS.between(today, day)));
    }

    private LocalDate validUntil(UUID voucher) {
        return jdbc.sql("SELECT valid_until FROM ecosystem.voucher WHERE id = ?")
                .param(voucher)
                .query(LocalDate.class)
                .single();
    }

    private List<Integer> sent(UUID voucher) {
        return jdbc.sql("SELECT days_before FROM ecosystem.voucher_expiry_notice WHERE voucher_id = ? ORDER BY 1")
                .param(voucher)
                .query(Integer.class)
                .list();
    }

    /** The bodies of the expiry notices in the member's inbox. */
    private List<String> inbox() {
        return jdbc.sql("SELECT body FROM identity.notification WHERE user_id = ? AND subject LIKE '%sắp hết hạn'")
                .param(users.id(world.member).value())
                .query(String.class)
                .list();
    }
}
