package vn.doimoi.ecosystem.vouchers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.vouchers.EnterpriseSize;
import vn.doimoi.shared.Money;

/** An enterprise's application: its declared size, what the support is for and how much it asks. */
public record ApplicationForm(
        @NotNull @Nullable EnterpriseSize size,
        @NotBlank @Size(max = 5000) @Nullable String purpose,
        @NotNull @Nullable Money amount) {

    static ApplicationForm empty() {
        return new ApplicationForm(null, null, null);
    }
}
