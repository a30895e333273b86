package vn.doimoi.traceability.epcis;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One element of a quantity list: a class of objects (a lot: {@code https://id.gs1.org/01/…/10/…}),
 * how much of it and in which UN/ECE Rec. 20 unit ({@code KGM}); without a quantity it means
 * "an unknown amount".
 */
public record QuantityElement(
        EventIdentifier.Role role,
        String epcClass,
        @Nullable BigDecimal quantity,
        @Nullable String uom) {}
