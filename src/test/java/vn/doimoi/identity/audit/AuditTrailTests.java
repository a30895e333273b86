package vn.doimoi.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.audit.AuditLog;

/**
 * The audit trail on the real database: a change is recorded, and a record that someone with
 * database access changed or removed is found by the verifier. Each test puts the trail back.
 */
@DoimoiSpringTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void creatingAUserIsRecordedWithItsStateButNotItsPassword() {
        String username = testUsers.create(Role.EDITOR);

        var entry = trail.latest(0, 20).stream()
                .filter(e -> e.fields().action().equals("user.created")
                        && e.fields().afterJson() != null
                        && e.fields().afterJson().contains(username))
                .findFirst()
                .orElseThrow();

        assertThat(entry.fields().afterJson())
                .contains("EDITOR")
                .doesNotContain("password")
                .doesNotContain(TestUsers.PASSWORD);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRecords() {
        testUsers.create(Role.EXPERT);
        long last = lastSeq();

        assertThatThrownBy(() -> jdbc.sql("update identity.audit_log set actor = 'x' where seq = ?")
                        .param(last)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from identity.audit_log where seq = ?")
                        .param(last)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aChangedRecordIsDetected() {
        // given a few records, and someone with database rights edits one of them
        testUsers.create(Role.EXPERT);
        testUsers.create(Role.BROKER);
        long victim = lastSeq() - 1;
        String original = jdbc.sql("select after_json from identity.audit_log where seq = ?")
                .param(victim)
                .query(String.class)
                .single();
        maintenance(
                "update identity.audit_log set after_json = replace(after_json, 'EXPERT', 'ADMIN') where seq = ?",
                victim);
        try {
            // when
            AuditTrail.Verification verification = trail.verify();

            // then
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(victim);
            assertThat(verification.problemKey()).isEqualTo("audit.verify.altered");
        } finally {
            maintenance("update identity.audit_log set after_json = ? where seq = ?", original, victim);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRecordIsDetected() {
        // given
        testUsers.create(Role.AGENCY);
        testUsers.create(Role.AGENCY);
        long victim = lastSeq() - 1;
        Map<String, Object> row = jdbc.sql("select * from identity.audit_log where seq = ?")
                .param(victim)
                .query()
                .singleRow();
        maintenance("delete from identity.audit_log where seq = ?", victim);
        try {
            // when
            AuditTrail.Verification verification = trail.verify();

            // then
            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(victim + 1);
            assertThat(verification.problemKey()).isEqualTo("audit.verify.missing");
        } finally {
            restore(row);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void removingTheNewestRecordIsDetectedThroughTheHead() {
        testUsers.create(Role.AGENCY);
        long last = lastSeq();
        Map<String, Object> row = jdbc.sql("select * from identity.audit_log where seq = ?")
                .param(last)
                .query()
                .singleRow();
        maintenance("delete from identity.audit_log where seq = ?", last);
        try {
            AuditTrail.Verification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.problemKey()).isEqualTo("audit.verify.truncated");
        } finally {
            restore(row);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from identity.audit_log")
                .query(Long.class)
                .single();
    }

    /** What only the table's owner can do: switch the append-only guard off for one transaction. */
    private void maintenance(String sql, Object... params) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table identity.audit_log disable trigger user").update();
            jdbc.sql(sql).params(params).update();
            jdbc.sql("alter table identity.audit_log enable trigger user").update();
        });
    }

    private void restore(Map<String, Object> row) {
        maintenance(
                "insert into identity.audit_log (seq, occurred_at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash, key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"),
                row.get("occurred_at"),
                row.get("actor"),
                row.get("action"),
                row.get("entity_type"),
                row.get("entity_id"),
                row.get("before_json"),
                row.get("after_json"),
                row.get("prev_hash"),
                row.get("hash"),
                row.get("key_id"));
    }
}
