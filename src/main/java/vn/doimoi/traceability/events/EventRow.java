package vn.doimoi.traceability.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event ready to be stored: its JSON-LD as captured (with {@code eventID} and {@code recordTime})
 * and the indexed columns read from it.
 *
 * @param epcs the EPCs in canonical Digital Link form, each with its role (epc, parent, child, input,
 *     output, quantity)
 */
public record EventRow(
        String eventId,
        UUID organisationId,
        @Nullable UUID lotId,
        String type,
        Instant eventTime,
        String timeZoneOffset,
        Instant recordTime,
        @Nullable String action,
        @Nullable String bizStep,
        @Nullable String disposition,
        @Nullable String readPoint,
        @Nullable String bizLocation,
        String document,
        List<Epc> epcs) {

    public record Epc(String epc, String role) {}
}
