package vn.doimoi.traceability.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doimoi.DoimoiSpringTest;

/**
 * A capture job left RUNNING by a node that stopped (its heartbeat old) is marked FAILED with an
 * error saying to send the document again; a job a live node beats for stays RUNNING.
 */
@DoimoiSpringTest
class CaptureHeartbeatTests {

    @Autowired
    CaptureHeartbeats heartbeats;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aJobWhoseNodeStoppedIsMarkedFailedAndALiveOneIsLeftRunning() {
        Instant now = clock.instant();
        UUID organisation = UUID.randomUUID();
        UUID abandoned = job(organisation, now.minus(Duration.ofMinutes(10)));
        UUID live = job(organisation, now.minus(Duration.ofSeconds(40)));
        UUID beating = job(organisation, now.minus(Duration.ofMinutes(10)));
        heartbeats.started(beating);
        heartbeats.beat();

        assertThat(heartbeats.failAbandoned()).isGreaterThanOrEqualTo(1);

        assertThat(status(abandoned)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT errors->-1->>'code' FROM traceability.capture_job WHERE id = ?")
                        .param(abandoned)
                        .query(String.class)
                        .single())
                .isEqualTo("capture.interrupted");
        assertThat(jdbc.sql("SELECT finished_at IS NOT NULL FROM traceability.capture_job WHERE id = ?")
                        .param(abandoned)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(status(live)).isEqualTo("RUNNING");
        assertThat(status(beating))
                .as("this node still has the job: its beat is fresh")
                .isEqualTo("RUNNING");
        heartbeats.ended(beating);
    }

    private UUID job(UUID organisation, Instant heartbeat) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.capture_job (id, organisation_id, status, error_behaviour, total,"
                        + " created_at, heartbeat_at) VALUES (?, ?, 'RUNNING', 'rollback', 3, ?, ?)")
                .params(id, organisation, Timestamp.from(heartbeat), Timestamp.from(heartbeat))
                .update();
        return id;
    }

    private String status(UUID job) {
        return jdbc.sql("SELECT status FROM traceability.capture_job WHERE id = ?")
                .param(job)
                .query(String.class)
                .single();
    }
}
