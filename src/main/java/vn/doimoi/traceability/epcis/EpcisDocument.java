package vn.doimoi.traceability.epcis;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An EPCIS document as read: the envelope's values, its events in document order, and the JSON
 * as received. A bare event (the body of {@code POST /events}) reads as a document of one event
 * with {@link #bareEvent()} true and the event's own {@code @context}.
 *
 * @param json the whole JSON object as received
 * @param context the {@code @context} (a string, object or array), or null when absent
 * @param type {@code EPCISDocument}, {@code EPCISQueryDocument}, or the event type of a bare event
 * @param schemaVersion {@code "2.0"} for EPCIS 2.0, null when absent
 * @param creationDate the creation date, or null when absent or not a date-time with an offset
 * @param events the events, in document order
 * @param bareEvent whether the JSON was a single event rather than a document
 */
public record EpcisDocument(
        ObjectNode json,
        @Nullable JsonNode context,
        String type,
        @Nullable String schemaVersion,
        @Nullable OffsetDateTime creationDate,
        List<EpcisEvent> events,
        boolean bareEvent) {

    public EpcisDocument {
        events = List.copyOf(events);
    }

    /** Whether this is a query result document ({@code EPCISQueryDocument}). */
    public boolean isQueryDocument() {
        return "EPCISQueryDocument".equals(type);
    }
}
