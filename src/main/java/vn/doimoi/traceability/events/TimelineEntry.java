package vn.doimoi.traceability.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.Step;

/**
 * One event of a lot as its timeline shows it.
 *
 * @param type the EPCIS event type: a transformation or aggregation is shown as such
 * @param parent an aggregation's pallet or case (its SSCC as a Digital Link)
 * @param step the form's step, or null for an event another system recorded (its bizStep is shown)
 * @param time when it happened, in the offset it was recorded with
 * @param place the name and commune of the location (business location), when it is one of ours
 */
public record TimelineEntry(
        String eventId,
        String type,
        @Nullable String parent,
        @Nullable Step step,
        String bizStep,
        OffsetDateTime time,
        @Nullable String place,
        @Nullable String partner,
        @Nullable String note,
        @Nullable BigDecimal quantity,
        @Nullable String unit) {

    /** The SSCC of an aggregation's pallet or case, from its Digital Link. */
    public @Nullable String sscc() {
        return parent == null || !parent.contains("/00/") ? parent : parent.substring(parent.lastIndexOf("/00/") + 4);
    }

    /** The message key of the event's title when the type, not a form's step, names it. */
    public @Nullable String typeKey() {
        return switch (type) {
            case "TransformationEvent" -> "traceability.timeline.transformation";
            case "AggregationEvent" -> "traceability.timeline.aggregation";
            default -> null;
        };
    }
}
