package vn.doimoi.identity.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the chain from the database and checks it, from its start or from a checkpoint. */
@Component
@Transactional(readOnly = true)
class ChainReader {

    private final JdbcClient jdbc;
    private final AuditKeys keys;

    ChainReader(JdbcClient jdbc, AuditKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    public AuditTrail.Head head() {
        return jdbc.sql("select seq, hash, key_id from identity.audit_head where id = 1")
                .query((rs, n) -> new AuditTrail.Head(rs.getLong("seq"), rs.getString("hash"), rs.getString("key_id")))
                .optional()
                .orElse(new AuditTrail.Head(0, AuditHash.GENESIS, null));
    }

    /**
     * Checks the chain from record {@code firstSeq} to its end, against the head row and against
     * the checkpoints: a checkpoint beyond the end means records were removed from the end.
     */
    public AuditTrail.Verification walk(
            long firstSeq, @Nullable String previousHash, Collection<Checkpoint> checkpoints, int unsigned) {
        Map<Long, Checkpoint> bySeq = new HashMap<>();
        Checkpoint furthest = null;
        for (Checkpoint checkpoint : checkpoints) {
            bySeq.put(checkpoint.seq(), checkpoint);
            if (furthest == null || checkpoint.seq() > furthest.seq()) {
                furthest = checkpoint;
            }
        }
        ChainCheck check = new ChainCheck(keys, bySeq, firstSeq, previousHash);
        ChainCheck.Problem[] problem = {null};
        jdbc.sql("select * from identity.audit_log where seq >= ? order by seq")
                .param(firstSeq)
                .query(rs -> {
                    if (problem[0] == null) {
                        problem[0] = check.accept(entry(rs, 0));
                    }
                });
        if (problem[0] == null) {
            problem[0] = endProblem(check, furthest);
        }
        ChainCheck.Problem found = problem[0];
        return new AuditTrail.Verification(
                check.checked(),
                found == null ? null : found.at(),
                found == null ? null : found.key(),
                found == null ? List.of() : found.args(),
                check.checkpointsMatched(),
                check.newestMatched(),
                unsigned);
    }

    private ChainCheck.@Nullable Problem endProblem(ChainCheck check, @Nullable Checkpoint furthest) {
        long end = check.last();
        if (furthest != null && furthest.seq() > end) {
            return ChainCheck.Problem.of(
                    end + 1, "audit.verify.shorterThanCheckpoint", furthest.at().toString(), furthest.seq(), end);
        }
        AuditTrail.Head head = head();
        String lastHash = check.lastHash();
        if (head.seq() != end || (lastHash != null && !head.hash().equals(lastHash))) {
            return ChainCheck.Problem.of(end + 1, "audit.verify.truncated", head.seq(), end);
        }
        return null;
    }

    static AuditTrail.Entry entry(ResultSet rs, int row) throws SQLException {
        return new AuditTrail.Entry(
                new AuditTrail.Fields(
                        rs.getLong("seq"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("before_json"),
                        rs.getString("after_json")),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getString("key_id"));
    }
}
