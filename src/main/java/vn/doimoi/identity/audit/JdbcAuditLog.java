package vn.doimoi.identity.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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
import vn.doimoi.shared.HistoryClock;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Appends audit records in the caller's transaction, each sealed with the current MAC key. An
 * advisory lock serialises appenders so that each record links to exactly one predecessor and
 * sequence numbers have no gaps. A change of key, and the switch from the unkeyed SHA-256 chain,
 * are recorded in the trail itself, sealed with the new key.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final long LOCK_KEY = 0x0d01_a0d1L;
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditKeys keys;
    private final ChainReader chain;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, AuditKeys keys, ChainReader chain) {
        this.jdbc = jdbc;
        this.json = json;
        // an imported step is dated when it happened; its audit entry when it was written
        this.clock = HistoryClock.unheld(clock);
        this.keys = keys;
        this.chain = chain;
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
        AuditTrail.Head head = chain.head();
        String keyId = keys.currentId();
        if (head.seq() > 0 && !keyId.equals(head.keyId())) {
            head = append(
                    head,
                    SYSTEM,
                    keyChange(head),
                    "identity.audit_log",
                    Long.toString(head.seq()),
                    keyState(head),
                    keyState(keyId));
        }
        append(head, currentActor(), action, entityType, entityId, before, after);
    }

    private AuditTrail.Head append(
            AuditTrail.Head head,
            String actor,
            String action,
            String entityType,
            String entityId,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        // PostgreSQL keeps microseconds; seal what will be read back.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String beforeJson = before == null ? null : json.writeValueAsString(before);
        String afterJson = after == null ? null : json.writeValueAsString(after);
        var fields = new AuditTrail.Fields(
                head.seq() + 1, occurredAt, actor, action, entityType, entityId, beforeJson, afterJson);
        String keyId = keys.currentId();
        String mac = AuditMac.of(keys.current(), keyId, fields, head.hash());
        jdbc.sql("""
                insert into identity.audit_log
                  (seq, occurred_at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash, key_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        fields.seq(),
                        Timestamp.from(occurredAt),
                        actor,
                        action,
                        entityType,
                        entityId,
                        beforeJson,
                        afterJson,
                        head.hash(),
                        mac,
                        keyId)
                .update();
        jdbc.sql("""
                insert into identity.audit_head (id, seq, hash, key_id) values (1, ?, ?, ?)
                on conflict (id) do update set seq = excluded.seq, hash = excluded.hash, key_id = excluded.key_id
                """).params(fields.seq(), mac, keyId).update();
        return new AuditTrail.Head(fields.seq(), mac, keyId);
    }

    /** The first keyed record after unkeyed ones marks the switch-over; later ones a new key. */
    private static String keyChange(AuditTrail.Head head) {
        return head.keyId() == null ? "audit.chain.keyed" : "audit.key.rotated";
    }

    private static Map<String, Object> keyState(AuditTrail.Head head) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("algorithm", head.keyId() == null ? "SHA-256" : "HMAC-SHA256");
        if (head.keyId() != null) {
            state.put("keyId", head.keyId());
        }
        state.put("records", head.seq());
        state.put("head", head.hash());
        return state;
    }

    private static Map<String, Object> keyState(String keyId) {
        return Map.of("algorithm", "HMAC-SHA256", "keyId", keyId);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
