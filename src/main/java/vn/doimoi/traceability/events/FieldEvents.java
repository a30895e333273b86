package vn.doimoi.traceability.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.doimoi.traceability.FieldEvent;
import vn.doimoi.traceability.catalogue.LocationRow;
import vn.doimoi.traceability.catalogue.LotRow;

/**
 * A worker's form as an EPCIS 2.0 document of one ObjectEvent (JSON-LD): the lot as an EPC class in
 * the quantity list, the location's GLN as read point and business location, the step's bizStep and
 * disposition, and the partner and note as extension fields of our namespace ({@code doimoi:}),
 * declared in the document's {@code @context} as EPCIS requires.
 */
public final class FieldEvents {

    /** The standard context of EPCIS 2.0 (bundled, never fetched) and our namespace for extensions. */
    public static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    public static final String NAMESPACE = "https://doimoi.vn/voc/";

    /** Events happen in Vietnam: the offset recorded with them is the province's. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private FieldEvents() {}

    /** The EPCISDocument carrying the form's event, created at {@code now}. */
    public static ObjectNode document(JsonMapper json, FieldEvent form, LotRow lot, LocationRow location, Instant now) {
        return document(json, event(json, form, lot, location), now);
    }

    /** The EPCISDocument carrying one event of a phone form, created at {@code now}. */
    static ObjectNode document(JsonMapper json, ObjectNode event, Instant now) {
        ObjectNode document = json.createObjectNode();
        ArrayNode context = document.putArray("@context");
        context.add(EPCIS_CONTEXT);
        context.addObject().put("doimoi", NAMESPACE);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", time(now));
        document.putObject("epcisBody").putArray("eventList").add(event);
        return document;
    }

    static ObjectNode event(JsonMapper json, FieldEvent form, LotRow lot, LocationRow location) {
        ObjectNode event = json.createObjectNode();
        event.put("type", "ObjectEvent");
        event.put("eventTime", time(form.time()));
        event.put("eventTimeZoneOffset", offset(form.time()));
        event.putArray("epcList");
        event.put("action", form.step().action());
        event.put("bizStep", form.step().bizStep());
        event.put("disposition", form.step().disposition());
        String gln = "https://id.gs1.org/414/" + location.gln();
        event.putObject("readPoint").put("id", gln);
        event.putObject("bizLocation").put("id", gln);
        BigDecimal quantity = form.quantity() == null ? lot.quantity() : form.quantity();
        ObjectNode element = event.putArray("quantityList").addObject();
        element.put("epcClass", lot.epcClass());
        element.put("quantity", quantity.stripTrailingZeros());
        element.put("uom", lot.unit());
        putText(event, "doimoi:partner", form.partner());
        putText(event, "doimoi:note", form.note());
        return event;
    }

    private static void putText(ObjectNode event, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            event.put(field, value.strip());
        }
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(VIETNAM));
    }

    static String offset(Instant instant) {
        ZoneOffset offset = VIETNAM.getRules().getOffset(instant);
        return offset.getId().equals("Z") ? "+00:00" : offset.getId();
    }
}
