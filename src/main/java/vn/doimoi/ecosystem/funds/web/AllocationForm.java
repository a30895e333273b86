package vn.doimoi.ecosystem.funds.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.funds.NewAllocation;
import vn.doimoi.shared.Money;

/** The allocation form: a tax year, the day it was set aside, the year's taxable income and the amount. */
public record AllocationForm(
        @NotNull @Nullable Integer taxYear,
        @NotNull @Nullable LocalDate allocatedOn,
        @NotNull @Nullable Money taxableIncome,
        @NotNull @Nullable Money amount) {

    static AllocationForm empty(LocalDate today) {
        return new AllocationForm(today.getYear() - 1, today, null, null);
    }

    /** The allocation; called once {@code @NotNull} has held. */
    NewAllocation allocation() {
        return new NewAllocation(
                Objects.requireNonNull(taxYear),
                Objects.requireNonNull(allocatedOn),
                Objects.requireNonNull(taxableIncome),
                Objects.requireNonNull(amount));
    }
}
