package vn.doimoi.traceability.api;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.traceability.epcis.EpcisContexts;

/**
 * The EPCIS 2.0 query document ({@code EPCISQueryDocument}) around a page of stored events. The
 * events are written as the store holds them (JSON text), not parsed again: a page of 1,000 events
 * costs one concatenation.
 */
final class QueryDocuments {

    private QueryDocuments() {}

    static String of(JsonMapper json, String queryName, List<String> events, Instant now) {
        return "{\"@context\":[" + json.writeValueAsString(EpcisContexts.CURRENT) + "],"
                + "\"type\":\"EPCISQueryDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"" + now + "\","
                + "\"epcisBody\":{\"queryResults\":{\"queryName\":" + json.writeValueAsString(queryName)
                + ",\"resultsBody\":{\"eventList\":[" + String.join(",", events) + "]}}}}";
    }

    /** A browse resource's values, as a JSON-LD collection. */
    static String collection(JsonMapper json, List<String> members) {
        return "{\"@context\":[" + json.writeValueAsString(EpcisContexts.CURRENT) + "],\"type\":\"Collection\","
                + "\"member\":" + json.writeValueAsString(members) + "}";
    }
}
