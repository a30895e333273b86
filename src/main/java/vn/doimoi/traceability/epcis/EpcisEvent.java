package vn.doimoi.traceability.epcis;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One EPCIS event as received (its JSON-LD object, untouched) with the typed values the store
 * needs. The accessors never throw on a malformed event: they answer null or nothing, and
 * {@link EpcisValidator} says what is wrong. CBV values come back as GS1 Web URIs
 * ({@code https://ref.gs1.org/cbv/BizStep-shipping}) whichever form the sender used.
 */
public final class EpcisEvent {

    /** The identifier lists in the order identifiers() reports them. */
    private static final List<Map.Entry<String, EventIdentifier.Role>> EPC_LISTS = List.of(
            Map.entry("epcList", EventIdentifier.Role.EPC),
            Map.entry("childEPCs", EventIdentifier.Role.CHILD_EPC),
            Map.entry("inputEPCList", EventIdentifier.Role.INPUT_EPC),
            Map.entry("outputEPCList", EventIdentifier.Role.OUTPUT_EPC));

    private static final List<Map.Entry<String, EventIdentifier.Role>> QUANTITY_LISTS = List.of(
            Map.entry("quantityList", EventIdentifier.Role.EPC_CLASS),
            Map.entry("childQuantityList", EventIdentifier.Role.CHILD_EPC_CLASS),
            Map.entry("inputQuantityList", EventIdentifier.Role.INPUT_EPC_CLASS),
            Map.entry("outputQuantityList", EventIdentifier.Role.OUTPUT_EPC_CLASS));

    private static final DateTimeFormatter RECORD_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

    private final ObjectNode json;
    private final JsonLdContext context;
    private final Set<String> ignoredFields;

    EpcisEvent(ObjectNode json, JsonLdContext documentContext, Set<String> ignoredFields) {
        this.json = json;
        this.context = documentContext.with(json.get("@context"));
        this.ignoredFields = Set.copyOf(ignoredFields);
    }

    /** The event's JSON-LD object as received (a copy: changing it changes nothing here). */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** The {@code type} as written, or "" when there is none. */
    public String typeName() {
        return text("type");
    }

    /** The event type, or null when the type is missing or not one of EPCIS 2.0's five. */
    public @Nullable EpcisEventType type() {
        return EpcisEventType.of(typeName()).orElse(null);
    }

    /** {@code eventTime} with its offset, or null when missing or not a date-time with an offset. */
    public @Nullable OffsetDateTime eventTime() {
        return dateTime(json.get("eventTime"));
    }

    /** {@code recordTime}, or null (the repository sets it at capture: {@link #withRecordTime}). */
    public @Nullable OffsetDateTime recordTime() {
        return dateTime(json.get("recordTime"));
    }

    public @Nullable String eventTimeZoneOffset() {
        return nullable("eventTimeZoneOffset");
    }

    public @Nullable String action() {
        return nullable("action");
    }

    /** {@code eventID} as given, or null (the repository then assigns {@link EventHash#of}). */
    public @Nullable String eventId() {
        return nullable("eventID");
    }

    /** The business step as a URI ({@code shipping} → {@code https://ref.gs1.org/cbv/BizStep-shipping}). */
    public @Nullable String bizStep() {
        String value = nullable("bizStep");
        return value == null ? null : CbvVocabulary.BIZ_STEP.canonical(value, context);
    }

    /** The disposition as a URI ({@code in_transit} → {@code https://ref.gs1.org/cbv/Disp-in_transit}). */
    public @Nullable String disposition() {
        String value = nullable("disposition");
        return value == null ? null : CbvVocabulary.DISPOSITION.canonical(value, context);
    }

    /** {@code readPoint.id}, CURIE expanded. */
    public @Nullable String readPoint() {
        return locationId("readPoint");
    }

    /** {@code bizLocation.id}, CURIE expanded. */
    public @Nullable String bizLocation() {
        return locationId("bizLocation");
    }

    public @Nullable String transformationId() {
        String value = nullable("transformationID");
        return value == null ? null : context.expand(value);
    }

    /** Every identifier the event names (EPCs, parent, inputs, outputs, quantity classes), in order. */
    public List<EventIdentifier> identifiers() {
        List<EventIdentifier> identifiers = new ArrayList<>();
        String parent = nullable("parentID");
        if (parent != null) {
            identifiers.add(new EventIdentifier(EventIdentifier.Role.PARENT_ID, context.expand(parent)));
        }
        for (Map.Entry<String, EventIdentifier.Role> list : EPC_LISTS) {
            for (JsonNode epc : json.path(list.getKey()).values()) {
                if (epc.isString() && !epc.stringValue().isBlank()) {
                    identifiers.add(new EventIdentifier(
                            list.getValue(), context.expand(epc.stringValue().strip())));
                }
            }
        }
        for (QuantityElement quantity : quantities()) {
            identifiers.add(new EventIdentifier(quantity.role(), quantity.epcClass()));
        }
        return identifiers;
    }

    /** The distinct identifier values, whatever their role. */
    public List<String> epcs() {
        Set<String> values = new LinkedHashSet<>();
        identifiers().forEach(identifier -> values.add(identifier.value()));
        return List.copyOf(values);
    }

    /** The elements of the four quantity lists, in order. */
    public List<QuantityElement> quantities() {
        List<QuantityElement> quantities = new ArrayList<>();
        for (Map.Entry<String, EventIdentifier.Role> list : QUANTITY_LISTS) {
            for (JsonNode element : json.path(list.getKey()).values()) {
                JsonNode epcClass = element.path("epcClass");
                if (!epcClass.isString() || epcClass.stringValue().isBlank()) {
                    continue;
                }
                JsonNode quantity = element.path("quantity");
                JsonNode uom = element.path("uom");
                quantities.add(new QuantityElement(
                        list.getValue(),
                        context.expand(epcClass.stringValue().strip()),
                        quantity.isNumber() ? quantity.decimalValue() : null,
                        uom.isString() ? uom.stringValue() : null));
            }
        }
        return quantities;
    }

    /** This event with {@code eventID} set (for an event captured without one). */
    public EpcisEvent withEventId(String eventId) {
        ObjectNode copy = json.deepCopy();
        copy.put("eventID", eventId);
        return new EpcisEvent(copy, context, ignoredFields);
    }

    /** This event with {@code recordTime} set, as the repository does at capture. */
    public EpcisEvent withRecordTime(OffsetDateTime recordTime) {
        ObjectNode copy = json.deepCopy();
        copy.put("recordTime", RECORD_TIME.format(recordTime));
        return new EpcisEvent(copy, context, ignoredFields);
    }

    /**
     * This event as the repository stores it: {@code recordTime} set and, when it has none, the given
     * {@code eventID}; one copy of the JSON for both (a capture makes thousands).
     */
    public EpcisEvent captured(OffsetDateTime recordTime, String eventIdIfNone) {
        ObjectNode copy = json.deepCopy();
        copy.put("recordTime", RECORD_TIME.format(recordTime));
        if (eventId() == null) {
            copy.put("eventID", eventIdIfNone);
        }
        return new EpcisEvent(copy, context, ignoredFields);
    }

    /** The event's JSON-LD as compact text, as stored. */
    public String jsonText() {
        return json.toString();
    }

    /** The node of a field, or empty. */
    Optional<JsonNode> field(String name) {
        return Optional.ofNullable(json.get(name));
    }

    ObjectNode node() {
        return json;
    }

    JsonLdContext context() {
        return context;
    }

    /** Extension fields the document asked to leave out of the event hash (repository bookkeeping). */
    Set<String> ignoredFields() {
        return ignoredFields;
    }

    private @Nullable String locationId(String field) {
        JsonNode id = json.path(field).path("id");
        return id.isString() ? context.expand(id.stringValue().strip()) : null;
    }

    private String text(String field) {
        JsonNode node = json.get(field);
        return node != null && node.isString() ? node.stringValue() : "";
    }

    private @Nullable String nullable(String field) {
        JsonNode node = json.get(field);
        return node != null && node.isString() ? node.stringValue() : null;
    }

    static @Nullable OffsetDateTime dateTime(@Nullable JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.stringValue().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "EpcisEvent" + json;
    }
}
