package vn.doimoi.traceability.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.NewLot;

/** The lot form. */
public record LotForm(
        @NotNull @Nullable UUID productId,
        @Nullable String lotNumber,
        @NotNull @Nullable LocalDate producedOn,
        @Nullable LocalDate expiresOn,
        @NotNull @Nullable BigDecimal quantity,
        @Nullable String unit) {

    static LotForm empty(@Nullable UUID product, LocalDate today) {
        return new LotForm(product, null, today, null, null, "KGM");
    }

    /** The lot; called once {@code @NotNull} has held. */
    NewLot lot() {
        return new NewLot(
                Objects.requireNonNull(productId),
                lotNumber == null ? "" : lotNumber,
                Objects.requireNonNull(producedOn),
                expiresOn,
                Objects.requireNonNull(quantity),
                unit == null ? "" : unit);
    }
}
