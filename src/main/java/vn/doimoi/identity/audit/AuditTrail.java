package vn.doimoi.identity.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail and checks that its chain is whole. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One audit record as stored. */
    public record Entry(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            @Nullable String beforeJson,
            @Nullable String afterJson,
            String prevHash,
            String hash) {}

    /**
     * The outcome of a verification: how many records were checked and, when broken, the first
     * place where the chain does not hold and why (a message key with its arguments).
     */
    public record Verification(
            long checked, @Nullable Long brokenAt, @Nullable String problemKey, List<Object> problemArgs) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    public List<Entry> latest(int page, int size) {
        return jdbc.sql("select * from identity.audit_log order by seq desc limit ? offset ?")
                .params(size, (long) page * size)
                .query(AuditTrail::entry)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from identity.audit_log")
                .query(Long.class)
                .single();
    }

    /** Walks the whole chain in order, recomputing every hash. */
    public Verification verify() {
        List<Verification> outcome = new ArrayList<>(1);
        long[] state = {0};
        String[] previousHash = {AuditHash.GENESIS};
        jdbc.sql("select * from identity.audit_log order by seq").query(rs -> {
            if (!outcome.isEmpty()) {
                return;
            }
            Entry entry = entry(rs, 0);
            long expectedSeq = state[0] + 1;
            if (entry.seq() != expectedSeq) {
                outcome.add(broken(state[0], entry.seq(), "audit.verify.missing", expectedSeq, entry.seq() - 1));
                return;
            }
            if (!entry.prevHash().equals(previousHash[0])) {
                outcome.add(broken(state[0], entry.seq(), "audit.verify.linkBroken", entry.seq()));
                return;
            }
            String recomputed = AuditHash.of(
                    entry.seq(),
                    entry.occurredAt(),
                    entry.actor(),
                    entry.action(),
                    entry.entityType(),
                    entry.entityId(),
                    entry.beforeJson(),
                    entry.afterJson(),
                    entry.prevHash());
            if (!recomputed.equals(entry.hash())) {
                outcome.add(broken(state[0], entry.seq(), "audit.verify.altered", entry.seq()));
                return;
            }
            state[0] = entry.seq();
            previousHash[0] = entry.hash();
        });
        if (!outcome.isEmpty()) {
            return outcome.get(0);
        }
        record Head(long seq, String hash) {}
        Head head = jdbc.sql("select seq, hash from identity.audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .optional()
                .orElse(new Head(0, AuditHash.GENESIS));
        if (head.seq() != state[0] || !Objects.equals(head.hash(), previousHash[0])) {
            return broken(state[0], state[0] + 1, "audit.verify.truncated", head.seq(), state[0]);
        }
        return new Verification(state[0], null, null, List.of());
    }

    private static Verification broken(long checked, long at, String key, Object... args) {
        return new Verification(checked, at, key, List.of(args));
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("before_json"),
                rs.getString("after_json"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
