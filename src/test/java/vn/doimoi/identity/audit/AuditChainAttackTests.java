package vn.doimoi.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/**
 * An attacker who can write to the database, with the application's own connection and the
 * rights of the tables' owner, tries to rewrite, cut and extend the audit trail. Every attempt
 * runs in a transaction that is rolled back after the verifier looked at it, so the trail other
 * tests see stays whole.
 */
@DoimoiSpringTest
class AuditChainAttackTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditKeys keys;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theOldMaintenanceSwitchNoLongerOpensTheTrail() {
        testUsers.create(Role.EXPERT);
        long last = lastSeq();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("select set_config('doimoi.audit_maintenance', 'on', true)")
                            .query()
                            .singleValue();
                    jdbc.sql("update identity.audit_log set actor = 'x' where seq = ?")
                            .param(last)
                            .update();
                }))
                .hasMessageContaining("append-only");
    }

    @Test
    void truncatingTheTrailOrMovingItsHeadBackIsRefused() {
        testUsers.create(Role.EXPERT);

        assertThatThrownBy(() ->
                        rolledBack(() -> jdbc.sql("truncate identity.audit_log").update()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> rolledBack(() ->
                        jdbc.sql("update identity.audit_head set seq = seq - 1").update()))
                .hasMessageContaining("only moves forward");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void rewritingARecordAndRecomputingEveryLaterHashTheOldWayIsReportedAtThatRecord() {
        // given a trail, and a writer who changes one record and recomputes the chain after it
        testUsers.create(Role.EXPERT);
        testUsers.create(Role.BROKER);
        testUsers.create(Role.AGENCY);
        long victim = lastSeq() - 2;

        AuditTrail.Verification verification = tampered(() -> {
            jdbc.sql("update identity.audit_log set after_json = replace(after_json, 'EXPERT', 'ADMIN') where seq = ?")
                    .param(victim)
                    .update();
            rechainTheOldWay(victim, false);
            return trail.verify();
        });

        // then
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(victim);
        assertThat(verification.problemKey()).isEqualTo("audit.verify.altered");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void droppingTheKeyIdsToPassForTheUnkeyedChainIsReportedAtTheFirstDowngradedRecord() {
        testUsers.create(Role.EXPERT);
        testUsers.create(Role.BROKER);
        long victim = lastSeq() - 1;

        AuditTrail.Verification verification = tampered(() -> {
            jdbc.sql("update identity.audit_log set actor = 'someone-else' where seq = ?")
                    .param(victim)
                    .update();
            rechainTheOldWay(victim, true);
            return trail.verify();
        });

        assertThat(verification.brokenAt()).isEqualTo(victim);
        assertThat(verification.problemKey()).isEqualTo("audit.verify.unkeyed");
    }

    @Test
    void aPlainUpdateWithTheTriggerDisabledIsReportedAtThatRecord() {
        testUsers.create(Role.EXPERT);
        testUsers.create(Role.BROKER);
        long victim = lastSeq() - 1;

        AuditTrail.Verification verification = tampered(() -> {
            jdbc.sql("update identity.audit_log set actor = 'someone-else' where seq = ?")
                    .param(victim)
                    .update();
            return trail.verify();
        });

        assertThat(verification.brokenAt()).isEqualTo(victim);
        assertThat(verification.problemKey()).isEqualTo("audit.verify.altered");
    }

    @Test
    void deletingTheLastRecordsAndTheHeadIsCaughtByTheCheckpoint() {
        // given a checkpoint of the current end
        testUsers.create(Role.EXPERT);
        testUsers.create(Role.BROKER);
        Checkpoint checkpoint = checkpoints.write().orElseThrow();
        long end = checkpoint.seq();

        // when the last two records go, and the head is set back to match
        AuditTrail.Verification verification = tampered(() -> {
            jdbc.sql("delete from identity.audit_log where seq > ?")
                    .param(end - 2)
                    .update();
            jdbc.sql(
                            "update identity.audit_head set seq = ?, hash = (select hash from identity.audit_log where seq = ?)")
                    .params(end - 2, end - 2)
                    .update();
            return trail.verify();
        });

        // then
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(end - 1);
        assertThat(verification.problemKey()).isEqualTo("audit.verify.shorterThanCheckpoint");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRecordAppendedWithAForgedMacIsDetected() {
        testUsers.create(Role.EXPERT);
        long next = lastSeq() + 1;

        AuditTrail.Verification verification = tampered(() -> {
            String head = jdbc.sql("select hash from identity.audit_head")
                    .query(String.class)
                    .single();
            String forged = "ab".repeat(32);
            jdbc.sql("""
                    insert into identity.audit_log
                      (seq, occurred_at, actor, action, entity_type, entity_id, after_json, prev_hash, hash, key_id)
                    values (?, now(), 'admin', 'user.created', 'identity.user', 'x', '{}', ?, ?, ?)""").params(next, head, forged, keys.currentId()).update();
            jdbc.sql("update identity.audit_head set seq = ?, hash = ?")
                    .params(next, forged)
                    .update();
            return trail.verify();
        });

        assertThat(verification.brokenAt()).isEqualTo(next);
        assertThat(verification.problemKey()).isEqualTo("audit.verify.altered");
    }

    @Test
    void theCheckpointWriterDoesNotVouchForATamperedTrail() {
        testUsers.create(Role.EXPERT);
        checkpoints.write();
        testUsers.create(Role.BROKER);
        long victim = lastSeq();
        int before = checkpoints.load().valid().size();

        var written = tampered(() -> {
            jdbc.sql("update identity.audit_log set actor = 'someone-else' where seq = ?")
                    .param(victim)
                    .update();
            return checkpoints.write();
        });

        assertThat(written).isEmpty();
        assertThat(checkpoints.load().valid()).hasSize(before);
    }

    @Test
    void normalAppendsVerifyIntactAndAgreeWithTheCheckpoints() {
        testUsers.create(Role.EXPERT);
        Checkpoint first = checkpoints.write().orElseThrow();
        testUsers.create(Role.BROKER);
        Checkpoint second = checkpoints.write().orElseThrow();

        AuditTrail.Verification verification = trail.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(second.seq()).isGreaterThan(first.seq());
        assertThat(verification.newestCheckpoint()).isEqualTo(second);
        assertThat(verification.checkpointsMatched()).isGreaterThanOrEqualTo(2);
        assertThat(verification.unsignedCheckpoints()).isZero();
        assertThat(checkpoints.write()).as("nothing new, no checkpoint").isEmpty();
    }

    @Test
    void aNewKeyIsRecordedInTheTrailAndOldRecordsStayVerifiable() {
        // given records sealed with the current key
        testUsers.create(Role.EXPERT);
        String oldKey = keys.currentId();
        long oldEnd = lastSeq();

        // when the key is rotated and more is recorded
        String newKey = keys.rotate();
        testUsers.create(Role.BROKER);

        // then the change of key is in the trail, sealed with the new key, and everything verifies
        List<Map<String, Object>> since = jdbc.sql(
                        "select action, key_id from identity.audit_log where seq > ? order by seq")
                .param(oldEnd)
                .query()
                .listOfRows();
        assertThat(since.get(0)).containsEntry("action", "audit.key.rotated").containsEntry("key_id", newKey);
        assertThat(since).allSatisfy(row -> assertThat(row).containsEntry("key_id", newKey));
        assertThat(jdbc.sql("select key_id from identity.audit_log where seq = ?")
                        .param(oldEnd)
                        .query(String.class)
                        .single())
                .isEqualTo(oldKey);
        assertThat(trail.verify().intact()).isTrue();
    }

    /**
     * Recomputes the SHA-256 chain from {@code from} to the end and the head, as the verifier before
     * the keyed chain would have accepted it; with {@code dropKeys} the records also lose their key id.
     */
    private void rechainTheOldWay(long from, boolean dropKeys) {
        String previous = jdbc.sql("select prev_hash from identity.audit_log where seq = ?")
                .param(from)
                .query(String.class)
                .single();
        List<AuditTrail.Entry> rows = jdbc.sql("select * from identity.audit_log where seq >= ? order by seq")
                .param(from)
                .query(ChainReader::entry)
                .list();
        for (AuditTrail.Entry row : rows) {
            String hash = AuditHash.of(row.fields(), previous);
            jdbc.sql(
                            "update identity.audit_log set prev_hash = ?, hash = ?, key_id = case when ? then null else key_id end where seq = ?")
                    .params(previous, hash, dropKeys, row.seq())
                    .update();
            previous = hash;
        }
        jdbc.sql("update identity.audit_head set seq = ?, hash = ?, key_id = case when ? then null else key_id end")
                .params(rows.get(rows.size() - 1).seq(), previous, dropKeys)
                .update();
    }

    /** Runs what a table owner can do with the triggers off, looks, and rolls it all back. */
    private <T> T tampered(Supplier<T> attackAndLook) {
        return transactions.execute(status -> {
            jdbc.sql("alter table identity.audit_log disable trigger user").update();
            jdbc.sql("alter table identity.audit_head disable trigger user").update();
            T seen = attackAndLook.get();
            status.setRollbackOnly();
            return seen;
        });
    }

    private void rolledBack(Runnable attempt) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            attempt.run();
        });
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from identity.audit_log")
                .query(Long.class)
                .single();
    }
}
