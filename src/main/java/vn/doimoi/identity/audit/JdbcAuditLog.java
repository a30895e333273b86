package vn.doimoi.identity.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Appends audit records in the caller's transaction. An advisory lock serialises appenders so
 * that each record links to exactly one predecessor and sequence numbers have no gaps.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final long LOCK_KEY = 0x0d01_a0d1L;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String action,
            String entityType,
            String entityId,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleValue();
        record Head(long seq, String hash) {}
        Head head = jdbc.sql("select seq, hash from identity.audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .optional()
                .orElse(new Head(0, AuditHash.GENESIS));
        long seq = head.seq() + 1;
        // PostgreSQL keeps microseconds; hash what will be read back.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = currentActor();
        String beforeJson = before == null ? null : json.writeValueAsString(before);
        String afterJson = after == null ? null : json.writeValueAsString(after);
        String hash =
                AuditHash.of(seq, occurredAt, actor, action, entityType, entityId, beforeJson, afterJson, head.hash());
        jdbc.sql("""
                insert into identity.audit_log
                  (seq, occurred_at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        seq,
                        java.sql.Timestamp.from(occurredAt),
                        actor,
                        action,
                        entityType,
                        entityId,
                        beforeJson,
                        afterJson,
                        head.hash(),
                        hash)
                .update();
        jdbc.sql("""
                insert into identity.audit_head (id, seq, hash) values (1, ?, ?)
                on conflict (id) do update set seq = excluded.seq, hash = excluded.hash
                """).params(seq, hash).update();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "system";
        }
        return authentication.getName();
    }
}
