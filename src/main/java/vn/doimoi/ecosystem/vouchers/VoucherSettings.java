package vn.doimoi.ecosystem.vouchers;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Voucher settings (doimoi.ecosystem.vouchers.*).
 *
 * @param expiryNoticeDays the days before a voucher's last valid day on which its owner is told that
 *     value is left (each once); the largest also starts showing it as ending in "Việc của tôi"
 */
@Validated
@ConfigurationProperties("doimoi.ecosystem.vouchers")
public record VoucherSettings(
        @DefaultValue({"30", "7"}) @NotEmpty List<Integer> expiryNoticeDays) {

    public VoucherSettings {
        expiryNoticeDays = expiryNoticeDays.stream()
                .filter(days -> days != null && days > 0 && days <= 365)
                .distinct()
                .sorted()
                .toList();
        if (expiryNoticeDays.isEmpty()) {
            throw new IllegalArgumentException("doimoi.ecosystem.vouchers.expiry-notice-days: 1 to 365 days");
        }
    }

    /** From how many days before its end a voucher shows as ending. */
    public int warningDays() {
        return expiryNoticeDays.get(expiryNoticeDays.size() - 1);
    }

    /** The threshold a voucher with {@code daysLeft} days left has reached (the smallest it is within), or 0. */
    int thresholdFor(long daysLeft) {
        return expiryNoticeDays.stream()
                .filter(days -> daysLeft <= days)
                .findFirst()
                .orElse(0);
    }
}
