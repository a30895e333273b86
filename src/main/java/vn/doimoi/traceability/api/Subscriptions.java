package vn.doimoi.traceability.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Subscriptions to an organisation's named queries (ADR 0063). A destination must be an http(s) URL
 * of a public address: a subscription must not make the server call into its own network (set
 * {@code doimoi.traceability.webhooks-to-private-addresses=true} only where a test needs it).
 */
@Service
@Transactional
class Subscriptions {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final NamedQueries queries;
    private final Clock clock;
    private final boolean privateAddresses;

    Subscriptions(
            JdbcClient jdbc,
            NamedQueries queries,
            Clock clock,
            @Value("${doimoi.traceability.webhooks-to-private-addresses:false}") boolean privateAddresses) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
        this.privateAddresses = privateAddresses;
    }

    /** Subscribes to the query; the body holds {@code dest}, {@code signatureToken} and {@code stream} or {@code schedule}. */
    Optional<Subscription> create(ApiClient client, String queryName, JsonNode body) {
        if (queries.find(client.organisationId(), queryName).isEmpty()) {
            return Optional.empty();
        }
        String dest = destination(body.path("dest").asString(""));
        String token = body.path("signatureToken").asString("");
        if (token.length() < 16 || token.length() > 200) {
            throw controls(
                    "signatureToken phải có từ 16 đến 200 ký tự.", "signatureToken must have 16 to 200 characters.");
        }
        boolean stream = body.path("stream").asBoolean(false);
        String schedule = body.has("schedule") ? cron(body.get("schedule")) : null;
        if (stream == (schedule != null)) {
            throw controls(
                    "Chọn đúng một cách gửi: stream=true hoặc schedule.",
                    "Choose exactly one way of sending: stream=true or a schedule.");
        }
        Instant now = clock.instant();
        Instant from = initial(body.path("initialRecordTime"), now);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.subscription (id, organisation_id, query_name, destination, signature_token,"
                        + " stream, schedule, report_if_empty, delivered_until, next_run_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        client.organisationId(),
                        queryName,
                        dest,
                        token,
                        stream,
                        schedule,
                        body.path("reportIfEmpty").asBoolean(false),
                        Timestamp.from(from),
                        schedule == null ? null : Timestamp.from(nextRun(schedule, now)),
                        Timestamp.from(now))
                .update();
        return find(client, queryName, id);
    }

    @Transactional(readOnly = true)
    List<Subscription> of(ApiClient client, String queryName) {
        return jdbc.sql(
                        "SELECT * FROM traceability.subscription WHERE organisation_id = ? AND query_name = ? ORDER BY created_at")
                .params(client.organisationId(), queryName)
                .query((rs, n) -> row(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Subscription> find(ApiClient client, String queryName, UUID id) {
        return jdbc.sql(
                        "SELECT * FROM traceability.subscription WHERE organisation_id = ? AND query_name = ? AND id = ?")
                .params(client.organisationId(), queryName, id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    boolean delete(ApiClient client, String queryName, UUID id) {
        return jdbc.sql("DELETE FROM traceability.subscription WHERE organisation_id = ? AND query_name = ? AND id = ?")
                        .params(client.organisationId(), queryName, id)
                        .update()
                > 0;
    }

    static Subscription row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Subscription(
                rs.getObject("id", UUID.class),
                rs.getString("query_name"),
                rs.getString("destination"),
                rs.getBoolean("stream"),
                rs.getString("schedule"),
                rs.getBoolean("report_if_empty"),
                rs.getTimestamp("delivered_until").toInstant(),
                (Integer) rs.getObject("last_status"));
    }

    static Instant nextRun(String schedule, Instant after) {
        ZonedDateTime next = CronExpression.parse(schedule).next(after.atZone(ZONE));
        return next == null ? Instant.MAX : next.toInstant();
    }

    private String destination(String dest) {
        URI uri;
        try {
            uri = URI.create(dest);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || uri.getHost() == null
                || dest.length() > 500
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw controls("dest phải là một địa chỉ http(s) đầy đủ.", "dest must be a full http(s) URL.");
        }
        if (!privateAddresses && isPrivate(uri.getHost())) {
            throw controls(
                    "dest không được trỏ tới địa chỉ nội bộ (localhost, mạng riêng).",
                    "dest must not point to an internal address (localhost, a private network).");
        }
        return dest;
    }

    static boolean isPrivate(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress()
                        || address.isSiteLocalAddress()
                        || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()
                        || address.isMulticastAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** The EPCIS schedule object ({@code second}, {@code minute}, …) as a cron expression; an absent field is "any". */
    private static String cron(JsonNode schedule) {
        if (!schedule.isObject()) {
            throw controls("schedule phải là một đối tượng JSON.", "schedule must be a JSON object.");
        }
        String expression = String.join(
                " ",
                field(schedule, "second", "0"),
                field(schedule, "minute", "*"),
                field(schedule, "hour", "*"),
                field(schedule, "dayOfMonth", "*"),
                field(schedule, "month", "*"),
                field(schedule, "dayOfWeek", "*"));
        if (!CronExpression.isValidExpression(expression)) {
            throw controls(
                    "schedule không hợp lệ (" + expression + ").", "schedule is not valid (" + expression + ").");
        }
        return expression;
    }

    private static String field(JsonNode schedule, String name, String absent) {
        String value = schedule.path(name).asString(absent).strip();
        return value.isEmpty() || value.length() > 40 ? absent : value;
    }

    private static Instant initial(JsonNode given, Instant now) {
        if (given.isMissingNode() || given.isNull()) {
            return now;
        }
        try {
            return java.time.OffsetDateTime.parse(given.asString()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw controls(
                    "initialRecordTime phải là ngày giờ ISO 8601 có múi giờ.",
                    "initialRecordTime must be an ISO 8601 date-time with an offset.");
        }
    }

    static CaptureRefused controls(String vietnamese, String english) {
        return new CaptureRefused(400, EpcisProblem.SUBSCRIPTION_CONTROLS, vietnamese, english, List.of());
    }
}
