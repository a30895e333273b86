package vn.doimoi.ecosystem.funds.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.funds.NewSpending;
import vn.doimoi.shared.Money;

/** The spending form; its evidence file comes as a part of its own. */
public record SpendingForm(
        @NotNull @Nullable LocalDate spentOn,
        @NotNull @Nullable String useCode,
        @NotNull @Nullable String description,
        @NotNull @Nullable Money amount) {

    static SpendingForm empty(LocalDate today) {
        return new SpendingForm(today, null, null, null);
    }

    /** The spending; called once {@code @NotNull} has held. */
    NewSpending spending() {
        return new NewSpending(
                Objects.requireNonNull(spentOn),
                Objects.requireNonNull(useCode),
                Objects.requireNonNull(description),
                Objects.requireNonNull(amount));
    }
}
