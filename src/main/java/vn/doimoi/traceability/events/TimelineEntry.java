package vn.doimoi.traceability.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.Step;

/**
 * One event of a lot as its timeline shows it.
 *
 * @param step the form's step, or null for an event another system recorded (its bizStep is shown)
 * @param time when it happened, in the offset it was recorded with
 * @param place the name and commune of the location (business location), when it is one of ours
 */
public record TimelineEntry(
        String eventId,
        @Nullable Step step,
        String bizStep,
        OffsetDateTime time,
        @Nullable String place,
        @Nullable String partner,
        @Nullable String note,
        @Nullable BigDecimal quantity,
        @Nullable String unit) {}
