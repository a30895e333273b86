package vn.doimoi.market.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.TransferDirection;
import vn.doimoi.shared.Money;

/**
 * A deal's "contract signed" form, bound by Spring (ADR 0038): a value that is not money, a day
 * that is not a date or a direction the form does not offer answers 400 before the deal is touched.
 */
record SigningForm(
        @Nullable LocalDate signedOn,
        @Nullable Money value,
        @Nullable TransferDirection direction,
        @Nullable Boolean stateCapital,
        @Nullable Boolean taskResultRegistered) {

    /** An unticked box sends nothing. */
    SigningForm {
        stateCapital = stateCapital != null && stateCapital;
        taskResultRegistered = taskResultRegistered != null && taskResultRegistered;
    }

    @Nullable
    BigDecimal amount() {
        return value == null ? null : value.amount();
    }

    TransferDirection directionOrDomestic() {
        return direction == null ? TransferDirection.DOMESTIC : direction;
    }
}
