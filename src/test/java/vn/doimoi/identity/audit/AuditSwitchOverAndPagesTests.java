package vn.doimoi.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.audit.AuditLog;

/**
 * A trail written before the keyed chain switches over on the first record after the upgrade;
 * the administrator sees the checkpoints and checks the trail against one kept elsewhere.
 */
@DoimoiSpringTest
class AuditSwitchOverAndPagesTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    UserDetails admin;

    @BeforeEach
    void anAdministrator() {
        admin = testUsers.principal(testUsers.create(Role.ADMIN));
    }

    @Test
    void anUnkeyedTrailSwitchesOverOnceAndARewriteBeforeTheSwitchIsStillFound() throws Exception {
        // Checkpoints other tests wrote describe the real trail, which this test replaces for a moment:
        // set them aside so that they do not speak about the three-record trail built here.
        byte[] written = Files.exists(checkpoints.file()) ? Files.readAllBytes(checkpoints.file()) : null;
        Files.deleteIfExists(checkpoints.file());
        try {
            switchOverThenRewriteBeforeIt();
        } finally {
            if (written != null) {
                Files.write(checkpoints.file(), written);
            }
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private void switchOverThenRewriteBeforeIt() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // given a trail of three records as the SHA-256 chain wrote them before the upgrade
            jdbc.sql("alter table identity.audit_log disable trigger user").update();
            jdbc.sql("alter table identity.audit_head disable trigger user").update();
            jdbc.sql("delete from identity.audit_log").update();
            jdbc.sql("delete from identity.audit_head").update();
            String head = AuditHash.GENESIS;
            for (long seq = 1; seq <= 3; seq++) {
                head = insertUnkeyed(seq, "{\"n\":" + seq + "}", head);
            }
            jdbc.sql("insert into identity.audit_head (id, seq, hash) values (1, 3, ?)")
                    .param(head)
                    .update();
            jdbc.sql("alter table identity.audit_head enable trigger user").update();

            // when the upgraded application records something
            audit.record("test.recorded", "test.thing", "1", null, Map.of("n", 5));

            // then the switch-over is record 4, sealed with the key, and the whole trail verifies
            List<Map<String, Object>> keyed = jdbc.sql(
                            "select seq, action, key_id from identity.audit_log where key_id is not null order by seq")
                    .query()
                    .listOfRows();
            assertThat(keyed)
                    .extracting(row -> row.get("action"))
                    .containsExactly("audit.chain.keyed", "test.recorded");
            assertThat(keyed.get(0)).containsEntry("seq", 4L);
            assertThat(trail.verify().intact()).isTrue();

            // and when record 2 is rewritten and the unkeyed hashes after it recomputed up to record 3
            jdbc.sql("update identity.audit_log set after_json = '{\"n\":22}' where seq = 2")
                    .update();
            String previous = jdbc.sql("select hash from identity.audit_log where seq = 1")
                    .query(String.class)
                    .single();
            for (long seq = 2; seq <= 3; seq++) {
                AuditTrail.Entry row = jdbc.sql("select * from identity.audit_log where seq = ?")
                        .param(seq)
                        .query(ChainReader::entry)
                        .single();
                String hash = AuditHash.of(row.fields(), previous);
                jdbc.sql("update identity.audit_log set prev_hash = ?, hash = ? where seq = ?")
                        .params(previous, hash, seq)
                        .update();
                previous = hash;
            }

            // then the first keyed record no longer links to them
            AuditTrail.Verification verification = trail.verify();
            assertThat(verification.brokenAt()).isEqualTo(4L);
            assertThat(verification.problemKey()).isEqualTo("audit.verify.legacyRewritten");
        });
    }

    @Test
    void theAuditPageShowsTheLatestCheckpointsToCopy() throws Exception {
        testUsers.create(Role.EXPERT);
        Checkpoint checkpoint = checkpoints.write().orElseThrow();

        MockHttpServletResponse response = asAdmin(MockMvcRequestBuilders.get("/admin/audit"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("seq=" + checkpoint.seq() + " mac=" + checkpoint.mac())
                .contains("BEGIN PUBLIC KEY");
    }

    @Test
    void aPastedCheckpointCatchesRecordsCutFromTheEndAfterTheLocalCopyWasCutToo() throws Exception {
        // given a checkpoint the administrator copied elsewhere
        testUsers.create(Role.EXPERT);
        testUsers.create(Role.BROKER);
        Checkpoint copied = checkpoints.write().orElseThrow();
        byte[] file = Files.readAllBytes(checkpoints.file());
        try {
            // and an attacker who removes it from the local file and cuts the last record
            String kept = Files.readAllLines(checkpoints.file()).stream()
                    .filter(line -> !line.equals(copied.line()))
                    .map(line -> line + "\n")
                    .reduce("", String::concat);
            Files.writeString(checkpoints.file(), kept, StandardCharsets.US_ASCII);
            MockHttpServletResponse[] pages = new MockHttpServletResponse[2];
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                jdbc.sql("alter table identity.audit_log disable trigger user").update();
                jdbc.sql("alter table identity.audit_head disable trigger user").update();
                jdbc.sql("delete from identity.audit_log where seq = ?")
                        .param(copied.seq())
                        .update();
                jdbc.sql(
                                "update identity.audit_head set seq = seq - 1, hash = (select hash from identity.audit_log where seq = ?)")
                        .param(copied.seq() - 1)
                        .update();

                // when the administrator checks without, then with the copied line
                pages[0] = asAdmin(MockMvcRequestBuilders.get("/admin/audit/verify"));
                pages[1] = asAdmin(
                        MockMvcRequestBuilders.get("/admin/audit/verify").param("checkpoint", copied.line()));
            });

            // then only the copy shows the cut, at the first missing record, in Vietnamese
            assertThat(pages[0].getContentAsString()).contains("Chuỗi nhật ký toàn vẹn");
            assertThat(pages[1].getStatus()).isEqualTo(200);
            assertThat(pages[1].getContentAsString())
                    .contains("Chuỗi nhật ký bị phá vỡ tại bản ghi số " + copied.seq())
                    .contains("các bản ghi cuối đã bị xoá");
        } finally {
            Files.write(checkpoints.file(), file);
        }
    }

    @Test
    void aPastedLineThatIsNotOurCheckpointIsRefusedInVietnamese() throws Exception {
        testUsers.create(Role.EXPERT);
        Checkpoint genuine =
                checkpoints.write().orElseGet(() -> trail.latestCheckpoints(1).get(0));
        String forged = genuine.line().replace("seq=" + genuine.seq(), "seq=" + (genuine.seq() + 1000));

        MockHttpServletResponse response =
                asAdmin(MockMvcRequestBuilders.get("/admin/audit/verify").param("checkpoint", forged));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Đây không phải mốc kiểm tra do hệ thống này ký");
    }

    private String insertUnkeyed(long seq, String after, String previous) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(
                new AuditTrail.Fields(seq, at, "system", "old.thing", "test.thing", "1", null, after), previous);
        jdbc.sql("""
                insert into identity.audit_log
                  (seq, occurred_at, actor, action, entity_type, entity_id, after_json, prev_hash, hash)
                values (?, ?, 'system', 'old.thing', 'test.thing', '1', ?, ?, ?)""").params(seq, Timestamp.from(at), after, previous, hash).update();
        return hash;
    }

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request.with(user(admin))).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
