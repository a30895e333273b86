package vn.doimoi.traceability.api;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.traceability.epcis.EpcisEventType;
import vn.doimoi.traceability.epcis.EpcisQuery;
import vn.doimoi.traceability.epcis.EventIdentifier.Role;
import vn.doimoi.traceability.events.EpcisGate;
import vn.doimoi.traceability.sharing.EventShares;

/**
 * Answers EPCIS queries over one organisation's events (ADR 0063) in SQL: every parameter is one
 * condition (AND), the values of a list one {@code IN} (OR); identifiers are compared in canonical
 * Digital Link form, as they are stored, so a query by EPC URN finds an event captured with the
 * Digital Link and the reverse. Pages are cut by keyset ({@code nextPageToken} is the last row's sort
 * key), so page 1,000 costs what page 1 does.
 */
@Repository
@Transactional(readOnly = true)
class EventQueries {

    private static final Set<Role> ANY_EPC =
            Set.of(Role.EPC, Role.CHILD_EPC, Role.PARENT_ID, Role.INPUT_EPC, Role.OUTPUT_EPC);
    private static final Set<Role> ANY_CLASS =
            Set.of(Role.EPC_CLASS, Role.CHILD_EPC_CLASS, Role.INPUT_EPC_CLASS, Role.OUTPUT_EPC_CLASS);

    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of events, and the token of the next when there is one. */
    record Page(List<String> documents, @Nullable String nextPageToken) {}

    Page events(UUID organisation, EpcisQuery query) {
        Where where = where(organisation, query);
        EpcisQuery.Page page = query.page();
        String column = "recordTime".equals(page.orderBy()) ? "record_time" : "event_time";
        String direction = page.ascending() ? "ASC" : "DESC";
        if (page.nextPageToken() != null) {
            Token token = Token.read(page.nextPageToken());
            where.add(
                    "(" + column + ", id) " + (page.ascending() ? ">" : "<") + " (?, ?)",
                    Timestamp.from(token.time()),
                    token.id());
        }
        int size = page.eventCountLimit() == null ? page.perPage() : Math.min(page.perPage(), page.eventCountLimit());
        if (page.maxEventCount() != null && count(organisation, query) > page.maxEventCount()) {
            throw new QueryTooLarge(page.maxEventCount());
        }
        record Row(String document, Instant time, UUID id) {}
        List<Row> rows = jdbc.sql("SELECT document::text AS document, " + column
                        + " AS sort_time, id FROM traceability.event e WHERE " + where.sql() + " ORDER BY " + column
                        + " "
                        + direction + ", id " + direction + " LIMIT " + (size + 1))
                .params(where.values)
                .query((rs, n) -> new Row(
                        rs.getString("document"),
                        rs.getTimestamp("sort_time").toInstant(),
                        rs.getObject("id", UUID.class)))
                .list();
        boolean more = rows.size() > size && page.eventCountLimit() == null;
        List<Row> shown = rows.subList(0, Math.min(size, rows.size()));
        String next = more
                ? new Token(
                                shown.get(shown.size() - 1).time(),
                                shown.get(shown.size() - 1).id())
                        .write()
                : null;
        return new Page(shown.stream().map(Row::document).toList(), next);
    }

    /** A query's events recorded after {@code after}, oldest first (what a subscription has not sent yet). */
    record Recorded(String document, Instant recordTime) {}

    List<Recorded> recordedAfter(UUID organisation, EpcisQuery query, Instant after, int limit) {
        Where where = where(organisation, query);
        where.add("record_time > ?", Timestamp.from(after));
        return jdbc.sql("SELECT document::text AS document, record_time FROM traceability.event e WHERE " + where.sql()
                        + " ORDER BY record_time, id LIMIT " + limit)
                .params(where.values)
                .query((rs, n) -> new Recorded(
                        rs.getString("document"), rs.getTimestamp("record_time").toInstant()))
                .list();
    }

    long count(UUID organisation, EpcisQuery query) {
        Where where = where(organisation, query);
        return jdbc.sql("SELECT count(*) FROM traceability.event e WHERE " + where.sql())
                .params(where.values)
                .query(Long.class)
                .single();
    }

    Optional<String> event(UUID organisation, String eventId) {
        return jdbc.sql("SELECT document::text FROM traceability.event e WHERE " + EventShares.VISIBLE
                        + " AND event_id = ?")
                .params(organisation, organisation, eventId)
                .query(String.class)
                .optional();
    }

    /** The distinct values of a browse resource, in order, one page after {@code after}. */
    List<String> values(UUID organisation, BrowseResource resource, @Nullable String after, int size) {
        String sql = resource == BrowseResource.EPCS
                ? "SELECT DISTINCT ee.epc AS v FROM traceability.event_epc ee JOIN traceability.event e ON e.id = ee.event_uuid"
                        + " WHERE " + EventShares.VISIBLE
                        + " AND ee.role IN ('EPC', 'CHILD_EPC', 'PARENT_ID', 'INPUT_EPC', 'OUTPUT_EPC')"
                : "SELECT DISTINCT " + resource.column + " AS v FROM traceability.event e WHERE " + EventShares.VISIBLE
                        + " AND " + resource.column + " IS NOT NULL";
        List<Object> values = new ArrayList<>(List.of(organisation, organisation));
        String query = "SELECT v FROM (" + sql + ") d";
        if (after != null) {
            query += " WHERE v > ?";
            values.add(after);
        }
        return jdbc.sql(query + " ORDER BY v LIMIT " + size)
                .params(values)
                .query(String.class)
                .list();
    }

    private static Where where(UUID organisation, EpcisQuery query) {
        Where where = new Where();
        where.add(EventShares.VISIBLE, organisation, organisation);
        where.in(
                "event_type",
                query.eventTypes().stream().map(EpcisEventType::name).toList());
        where.bound("event_time >= ?", query.fromEventTime());
        where.bound("event_time < ?", query.beforeEventTime());
        where.bound("record_time >= ?", query.fromRecordTime());
        where.bound("record_time < ?", query.beforeRecordTime());
        where.in("action", query.actions());
        where.in("biz_step", query.bizSteps());
        where.in("disposition", query.dispositions());
        where.in("read_point", canonical(query.readPoints()));
        where.in("biz_location", canonical(query.bizLocations()));
        where.in("document->>'transformationID'", query.transformationIds());
        where.in("event_id", query.eventIds());
        EpcisQuery.Matches matches = query.matches();
        where.epcs(matches.epc(), Set.of(Role.EPC));
        where.epcs(matches.parentId(), Set.of(Role.PARENT_ID));
        where.epcs(matches.inputEpc(), Set.of(Role.INPUT_EPC));
        where.epcs(matches.outputEpc(), Set.of(Role.OUTPUT_EPC));
        where.epcs(matches.anyEpc(), ANY_EPC);
        where.epcs(matches.epcClass(), Set.of(Role.EPC_CLASS, Role.CHILD_EPC_CLASS));
        where.epcs(matches.inputEpcClass(), Set.of(Role.INPUT_EPC_CLASS));
        where.epcs(matches.outputEpcClass(), Set.of(Role.OUTPUT_EPC_CLASS));
        where.epcs(matches.anyEpcClass(), ANY_CLASS);
        return where;
    }

    private static List<String> canonical(Collection<String> identifiers) {
        return identifiers.stream().map(EpcisGate::canonical).distinct().toList();
    }

    /** The conditions, joined by AND, with their values in order. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void add(String condition, Object... given) {
            conditions.add(condition);
            values.addAll(List.of(given));
        }

        void bound(String condition, @Nullable OffsetDateTime time) {
            if (time != null) {
                add(condition, Timestamp.from(time.toInstant()));
            }
        }

        void in(String column, Collection<String> given) {
            if (!given.isEmpty()) {
                add(column + " = ANY(?)", (Object) given.toArray(String[]::new));
            }
        }

        /**
         * EPCs of these roles equal to one of the given identifiers, or under one of the given
         * patterns (EPCIS 2.0 §8.2.7.1): an EPC pattern URN ({@code urn:epc:idpat:sgtin:0614141.112345.*})
         * or a Digital Link whose last value is {@code *} ({@code https://id.gs1.org/01/…/21/*}).
         */
        void epcs(Collection<String> given, Set<Role> roles) {
            if (given.isEmpty()) {
                return;
            }
            List<String> exact = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String value : given) {
                String pattern = EpcPatterns.prefix(value);
                if (pattern == null) {
                    exact.add(EpcisGate.canonical(value));
                } else {
                    prefixes.add(pattern);
                }
            }
            String[] roleNames = roles.stream().map(Role::name).toArray(String[]::new);
            // one LIKE per pattern, not LIKE ANY(?): only a LIKE of one known prefix can use the EPC
            // index, and without it a pattern reads every row of event_epc (ADR 0083)
            List<String> arms = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (!exact.isEmpty() || prefixes.isEmpty()) {
                arms.add("epc = ANY(?)");
                args.add(exact.toArray(String[]::new));
            }
            for (String prefix : prefixes) {
                arms.add("epc LIKE ?");
                args.add(prefix);
            }
            args.add(roleNames);
            add(
                    "id IN (SELECT event_uuid FROM traceability.event_epc WHERE (" + String.join(" OR ", arms)
                            + ") AND role = ANY(?))",
                    args.toArray());
        }

        String sql() {
            return String.join(" AND ", conditions);
        }
    }

    /** Where the last page stopped: its last row's sort time and id, opaque to the client. */
    private record Token(Instant time, UUID id) {

        String write() {
            String raw = time.getEpochSecond() + "." + time.getNano() + "." + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Token read(String token) {
            try {
                String[] parts =
                        new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\.", 3);
                return new Token(
                        Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw new BadPageToken();
            }
        }
    }

    /** A {@code nextPageToken} this service did not write. */
    static final class BadPageToken extends RuntimeException {}

    /** More events match than {@code maxEventCount} allows. */
    static final class QueryTooLarge extends RuntimeException {

        private final int limit;

        QueryTooLarge(int limit) {
            this.limit = limit;
        }

        int limit() {
            return limit;
        }
    }
}
