package vn.doimoi.ecosystem.vouchers.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.Money;

/** A redemption: the provider's service listing, the amount and a note to the provider. */
public record RedeemForm(
        @NotNull @Nullable UUID listingId,
        @NotNull @Nullable Money amount,
        @Size(max = 2000) @Nullable String note) {

    static RedeemForm empty() {
        return new RedeemForm(null, null, null);
    }
}
