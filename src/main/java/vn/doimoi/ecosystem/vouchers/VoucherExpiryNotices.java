package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.shared.Money;

/**
 * Once a day (07:30 Vietnam time) tells the owner of each voucher with value left that its last
 * valid day is near: once per threshold of {@link VoucherSettings#expiryNoticeDays()} (30 and 7
 * days by default), in the inbox and by e-mail. A row in {@code ecosystem.voucher_expiry_notice}
 * records each notice sent, so a second run, a restart or a second node sends nothing twice;
 * ShedLock runs the job on one node only. A voucher first seen within a small threshold gets that
 * notice alone, not the larger ones it has passed.
 */
@Component
class VoucherExpiryNotices {

    private static final Logger log = LoggerFactory.getLogger(VoucherExpiryNotices.class);

    private final JdbcClient jdbc;
    private final VoucherNotices notices;
    private final VoucherSettings settings;
    private final Clock clock;

    VoucherExpiryNotices(JdbcClient jdbc, VoucherNotices notices, VoucherSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    private record Ending(UUID id, String code, UUID organisationId, BigDecimal remaining, LocalDate validUntil) {}

    @SchedulerLock(name = "ecosystem.voucherExpiryNotices", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "${doimoi.ecosystem.vouchers.expiry-cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public void daily() {
        int sent = send();
        if (sent > 0) {
            log.info("Sent {} voucher expiry notices", sent);
        }
    }

    /** Sends the notices due today; answers how many went out. */
    @Transactional
    public int send() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(settings.warningDays());
        int sent = 0;
        for (Ending voucher : jdbc.sql("SELECT id, code, organisation_id, remaining, valid_until FROM ecosystem.voucher"
                        + " WHERE state = 'ACTIVE' AND remaining > 0 AND valid_from <= ? AND valid_until >= ?"
                        + " AND valid_until <= ? ORDER BY valid_until")
                .params(today, today, horizon)
                .query((rs, n) -> new Ending(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getBigDecimal("remaining"),
                        rs.getObject("valid_until", LocalDate.class)))
                .list()) {
            long daysLeft = ChronoUnit.DAYS.between(today, voucher.validUntil());
            int threshold = settings.thresholdFor(daysLeft);
            if (threshold > 0 && claim(voucher, threshold)) {
                notices.toOrganisation(
                        voucher.organisationId(),
                        "vouchers.notice.ending",
                        "/ecosystem/vouchers/my/vouchers/" + voucher.id(),
                        voucher.code(),
                        new Money(voucher.remaining()).toString(),
                        Texts.day(voucher.validUntil()),
                        daysLeft);
                sent++;
            }
        }
        return sent;
    }

    /** Records the notice as sent; false when it already was (the primary key says so). */
    private boolean claim(Ending voucher, int threshold) {
        return jdbc.sql("INSERT INTO ecosystem.voucher_expiry_notice (voucher_id, days_before, sent_at)"
                                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(voucher.id(), threshold, Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }
}
