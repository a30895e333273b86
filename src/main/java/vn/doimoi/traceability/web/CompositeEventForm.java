package vn.doimoi.traceability.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The phone form of a transformation (the ticked lots in, {@code output} out) or an aggregation (the
 * ticked lots onto the pallet or case {@code sscc}); {@code time} as {@code <input type=datetime-local>}
 * sends it.
 */
public record CompositeEventForm(
        @Nullable List<UUID> lots,
        @Nullable UUID output,
        @Nullable String sscc,
        @Nullable UUID locationId,
        @Nullable String time,
        @Nullable String note) {

    public boolean ticked(UUID lot) {
        return lots != null && lots.contains(lot);
    }
}
