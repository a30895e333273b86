package vn.doimoi.traceability.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.traceability.epcis.EpcisQueryParameters;

/**
 * An organisation's named queries ({@code POST /epcis/queries}): a name and the query parameters of
 * {@code GET /epcis/events}, checked when saved, so that a stored query always runs; its events are
 * read at {@code /epcis/queries/{name}/events} and it is what a subscription sends.
 */
@Service
@Transactional
class NamedQueries {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.~-]{1,100}");

    /** A named query: its name and its parameters, each a list of values. */
    record NamedQuery(String name, Map<String, List<String>> query) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    NamedQueries(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Saves the query of a {@code POST /epcis/queries} body ({@code name} and {@code query}). */
    NamedQuery create(ApiClient client, JsonNode body) {
        String name = body.path("name").asString(body.path("queryName").asString(""));
        if (!NAME.matcher(name).matches()) {
            throw invalid(
                    "Tên truy vấn (name) phải có 1–100 ký tự chữ không dấu, số hoặc _ . ~ -.",
                    "The query name must be 1–100 characters: unaccented letters, digits or _ . ~ -.");
        }
        Map<String, List<String>> parameters = parameters(body.path("query"));
        parameters.keySet().stream()
                .filter(p -> p.equals("nextPageToken") || p.equals("perPage"))
                .findFirst()
                .ifPresent(p -> {
                    throw invalid(
                            p + " thuộc về từng lần đọc, không thuộc truy vấn.",
                            p + " belongs to each read, not to the query.");
                });
        EpcisQueryParameters.parse(parameters);
        try {
            jdbc.sql("INSERT INTO traceability.named_query (organisation_id, name, parameters, created_at)"
                            + " VALUES (?, ?, ?::jsonb, ?)")
                    .params(
                            client.organisationId(),
                            name,
                            json.writeValueAsString(parameters),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new NameTaken(name);
        }
        return new NamedQuery(name, parameters);
    }

    @Transactional(readOnly = true)
    Optional<NamedQuery> find(UUID organisation, String name) {
        return jdbc.sql(
                        "SELECT name, parameters::text FROM traceability.named_query WHERE organisation_id = ? AND name = ?")
                .params(organisation, name)
                .query((rs, n) -> new NamedQuery(rs.getString(1), read(rs.getString(2))))
                .optional();
    }

    @Transactional(readOnly = true)
    List<NamedQuery> all(ApiClient client) {
        return jdbc.sql(
                        "SELECT name, parameters::text FROM traceability.named_query WHERE organisation_id = ? ORDER BY name")
                .param(client.organisationId())
                .query((rs, n) -> new NamedQuery(rs.getString(1), read(rs.getString(2))))
                .list();
    }

    /** Deletes the query and its subscriptions; false when there was none of that name. */
    boolean delete(ApiClient client, String name) {
        return jdbc.sql("DELETE FROM traceability.named_query WHERE organisation_id = ? AND name = ?")
                        .params(client.organisationId(), name)
                        .update()
                > 0;
    }

    private Map<String, List<String>> read(String stored) {
        return json.readValue(stored, new TypeReference<LinkedHashMap<String, List<String>>>() {});
    }

    /** The query object: each parameter a string (a comma list) or an array of strings. */
    private static Map<String, List<String>> parameters(JsonNode query) {
        if (!query.isObject()) {
            throw invalid(
                    "Thiếu query: một đối tượng JSON các tham số truy vấn, ví dụ {\"EQ_bizStep\": [\"shipping\"]}.",
                    "query is missing: a JSON object of query parameters, e.g. {\"EQ_bizStep\": [\"shipping\"]}.");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : query.properties()) {
            List<String> values = new ArrayList<>();
            JsonNode value = entry.getValue();
            for (JsonNode one : value.isArray() ? value.values() : List.of(value)) {
                if (!one.isString() && !one.isNumber()) {
                    throw invalid(
                            "Giá trị của " + entry.getKey() + " phải là chuỗi hoặc mảng chuỗi.",
                            "The value of " + entry.getKey() + " must be a string or an array of strings.");
                }
                values.add(one.asString());
            }
            parameters.put(entry.getKey(), values);
        }
        return parameters;
    }

    private static CaptureRefused invalid(String vietnamese, String english) {
        return new CaptureRefused(400, EpcisProblem.QUERY_PARAMETER, vietnamese, english, List.of());
    }

    /** The organisation has a query of that name already. */
    static final class NameTaken extends RuntimeException {

        NameTaken(String name) {
            super(name);
        }
    }
}
