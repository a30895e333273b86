package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A voucher: its value, what is left of it, its purpose, validity and owner. */
public record VoucherView(
        UUID id,
        String code,
        UUID programmeId,
        String programmeTitle,
        UUID organisationId,
        String organisationName,
        BigDecimal value,
        BigDecimal remaining,
        String purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        VoucherState state,
        @Nullable String cancelReason,
        long version) {

    /** Whether anything may be redeemed on this day: active, within its validity and not used up. */
    public boolean redeemableOn(LocalDate day) {
        return state == VoucherState.ACTIVE
                && !day.isBefore(validFrom)
                && !day.isAfter(validUntil)
                && remaining.signum() > 0;
    }

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(validUntil);
    }

    public BigDecimal used() {
        return value.subtract(remaining);
    }
}
