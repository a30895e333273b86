package vn.doimoi.traceability.epcis;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads EPCIS 2.0 JSON-LD: a capture document ({@code EPCISDocument}), a query document, or a
 * bare event. Reading checks only that there is something to validate; the EPCIS rules are
 * {@link EpcisValidator}'s. Decimals are kept exactly as sent ({@code 12.50} stays 12.50).
 */
public final class EpcisDocuments {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EpcisDocuments() {}

    public static EpcisDocument read(String json) {
        return read(object(parse(() -> JSON.readTree(json))));
    }

    public static EpcisDocument read(InputStream json) {
        return read(object(parse(() -> JSON.readTree(json))));
    }

    /** Reads a JSON object already parsed (the object is used as is, not copied). */
    public static EpcisDocument read(ObjectNode json) {
        JsonLdContext context = JsonLdContext.empty().with(json.get("@context"));
        String type = json.path("type").asString("");
        boolean document = json.has("epcisBody") || type.startsWith("EPCIS");
        if (!document) {
            EpcisEvent event = new EpcisEvent(json, JsonLdContext.empty(), Set.of());
            return new EpcisDocument(json, json.get("@context"), type, null, null, List.of(event), true);
        }
        JsonNode body = json.path("epcisBody");
        JsonNode list = body.has("queryResults")
                ? body.path("queryResults").path("resultsBody").path("eventList")
                : body.has("event") ? JSON.createArrayNode().add(body.get("event")) : body.path("eventList");
        if (!list.isArray()) {
            throw new EpcisReadException(
                    "Tài liệu EPCIS không có danh sách sự kiện (epcisBody.eventList).",
                    "The EPCIS document has no event list (epcisBody.eventList).");
        }
        Set<String> ignored = ignoredFields(json, context);
        List<EpcisEvent> events = new ArrayList<>();
        for (JsonNode event : list.values()) {
            if (!event.isObject()) {
                throw new EpcisReadException(
                        "Mỗi phần tử của danh sách sự kiện phải là một đối tượng JSON.",
                        "Each element of the event list must be a JSON object.");
            }
            events.add(new EpcisEvent((ObjectNode) event, context, ignored));
        }
        JsonNode version = json.get("schemaVersion");
        return new EpcisDocument(
                json,
                json.get("@context"),
                type,
                version == null || version.isNull() ? null : version.asString(),
                EpcisEvent.dateTime(json.get("creationDate")),
                events,
                false);
    }

    /** Parses JSON for this package's readers (same settings: exact decimals, one value only). */
    static JsonNode tree(String json) {
        return parse(() -> JSON.readTree(json));
    }

    private static ObjectNode object(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new EpcisReadException(
                    "Nội dung phải là một đối tượng JSON (tài liệu EPCIS hoặc một sự kiện).",
                    "The body must be a JSON object (an EPCIS document or one event).");
        }
        return object;
    }

    /**
     * Repository extension fields a document declares as not part of an event's identity
     * ({@code "x:ignoreFields": ["x:hash", …]}, as the event hash vectors use): left out of the hash.
     */
    private static Set<String> ignoredFields(ObjectNode json, JsonLdContext context) {
        Set<String> ignored = new LinkedHashSet<>();
        JsonNode body = json.path("epcisBody");
        JsonNode results = body.path("queryResults");
        for (JsonNode level : List.of(json, body, results, results.path("resultsBody"))) {
            ignoredFieldsAt(level, context, ignored);
        }
        return ignored;
    }

    private static void ignoredFieldsAt(JsonNode level, JsonLdContext context, Set<String> ignored) {
        for (Map.Entry<String, JsonNode> entry : level.properties()) {
            if (entry.getKey().endsWith(":ignoreFields") && entry.getValue().isArray()) {
                for (JsonNode field : entry.getValue().values()) {
                    if (field.isString()) {
                        ignored.add(context.expand(field.stringValue()));
                    }
                }
            }
        }
    }

    private interface Parse {
        JsonNode run();
    }

    private static JsonNode parse(Parse parse) {
        try {
            return parse.run();
        } catch (JacksonException e) {
            throw new EpcisReadException(
                    "Nội dung không phải JSON hợp lệ: " + e.getOriginalMessage(),
                    "The body is not valid JSON: " + e.getOriginalMessage(),
                    e);
        }
    }
}
