package vn.doimoi.traceability.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where an EPCIS document enters the store: each event gets its {@code recordTime} and, when it has
 * none, its {@code eventID}; the columns the queries filter on are read from it.
 */
@Component
public class EpcisGate {

    /** The events of the document as rows to store. */
    public List<EventRow> accept(ObjectNode document, UUID organisation, @Nullable UUID lot, Instant now) {
        List<EventRow> rows = new ArrayList<>();
        for (JsonNode node : document.path("epcisBody").path("eventList")) {
            ObjectNode event = (ObjectNode) node;
            event.put("recordTime", FieldEvents.time(now));
            if (!event.hasNonNull("eventID")) {
                event.put("eventID", "urn:uuid:" + UUID.randomUUID());
            }
            List<EventRow.Epc> epcs = new ArrayList<>();
            for (JsonNode quantity : event.path("quantityList")) {
                epcs.add(new EventRow.Epc(quantity.path("epcClass").asString(), "quantity"));
            }
            rows.add(new EventRow(
                    event.path("eventID").asString(),
                    organisation,
                    lot,
                    event.path("type").asString(),
                    OffsetDateTime.parse(event.path("eventTime").asString()).toInstant(),
                    event.path("eventTimeZoneOffset").asString(),
                    now,
                    text(event, "action"),
                    text(event, "bizStep"),
                    text(event, "disposition"),
                    event.path("readPoint").path("id").asString(null),
                    event.path("bizLocation").path("id").asString(null),
                    event.toString(),
                    epcs));
        }
        return rows;
    }

    private static @Nullable String text(JsonNode event, String field) {
        return event.hasNonNull(field) ? event.get(field).asString() : null;
    }
}
