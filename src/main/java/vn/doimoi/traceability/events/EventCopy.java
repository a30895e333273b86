package vn.doimoi.traceability.events;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes many events and their EPCs with PostgreSQL {@code COPY … FROM STDIN} on the connection of
 * the caller's transaction (ADR 0083): a capture of 10,000 events is two statements, streamed in
 * PostgreSQL's text format, instead of statements that each carry thousands of parameters. A
 * duplicate eventID fails the COPY with the unique violation an INSERT would raise.
 */
final class EventCopy {

    static final String EVENTS = "COPY traceability.event (id, event_id, organisation_id, lot_id, event_type,"
            + " event_time, time_zone_offset, record_time, action, biz_step, disposition, read_point, biz_location,"
            + " document, recorded_by) FROM STDIN";
    static final String EPCS = "COPY traceability.event_epc (event_uuid, epc, role) FROM STDIN";

    /** Sent to the server in pieces of this size, so a large capture is never held twice in memory. */
    private static final int CHUNK = 1 << 16;

    private EventCopy() {}

    /** Copies the events (with the given ids, in order) and then their distinct EPCs. */
    static void copy(Connection connection, List<EventRow> events, List<UUID> ids, String recordedBy)
            throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        // event_epc rows wait in memory (a few bytes each) until the events they point to are in
        StringBuilder epcs = new StringBuilder();
        Rows rows = new Rows(copy.copyIn(EVENTS));
        rows.cancelOnError(() -> {
            for (int i = 0; i < events.size(); i++) {
                EventRow event = events.get(i);
                String id = ids.get(i).toString();
                rows.field(id)
                        .field(event.eventId())
                        .field(event.organisationId().toString())
                        .field(event.lotId() == null ? null : event.lotId().toString())
                        .field(event.type())
                        .field(event.eventTime().toString())
                        .field(event.timeZoneOffset())
                        .field(event.recordTime().toString())
                        .field(event.action())
                        .field(event.bizStep())
                        .field(event.disposition())
                        .field(event.readPoint())
                        .field(event.bizLocation())
                        .field(event.document())
                        .last(recordedBy);
                for (EventRow.Epc epc : event.epcs().stream().distinct().toList()) {
                    escape(epcs.append(id).append('\t'), epc.epc())
                            .append('\t')
                            .append(epc.role())
                            .append('\n');
                }
            }
        });
        Rows epcRows = new Rows(copy.copyIn(EPCS));
        epcRows.cancelOnError(() -> epcRows.raw(epcs));
    }

    /** COPY's text format: backslash, tab, newline and carriage return escaped, {@code \N} for null. */
    static StringBuilder escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** One COPY in progress: rows are built in a buffer and sent a chunk at a time. */
    private static final class Rows {

        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

        Rows(CopyIn in) {
            this.in = in;
        }

        Rows field(@Nullable String value) {
            value(value).append('\t');
            return this;
        }

        void last(@Nullable String value) throws SQLException {
            value(value).append('\n');
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        void raw(CharSequence rows) throws SQLException {
            for (int from = 0; from < rows.length(); from += CHUNK) {
                buffer.append(rows, from, Math.min(rows.length(), from + CHUNK));
                flush();
            }
        }

        private StringBuilder value(@Nullable String value) {
            return value == null ? buffer.append("\\N") : escape(buffer, value);
        }

        private void flush() throws SQLException {
            if (buffer.isEmpty()) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        /** Runs the writing, ends the COPY; any failure cancels it so the connection stays usable. */
        void cancelOnError(Writing writing) throws SQLException {
            try {
                writing.run();
                flush();
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }

    private interface Writing {
        void run() throws SQLException;
    }
}
