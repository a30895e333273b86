package vn.doimoi.traceability.web;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.Step;

/** The worker's form for one step; {@code time} as {@code <input type=datetime-local>} sends it. */
public record EventForm(
        @Nullable Step step,
        @Nullable String time,
        @Nullable UUID locationId,
        @Nullable BigDecimal quantity,
        @Nullable String partner,
        @Nullable String note) {}
