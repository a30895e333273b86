package vn.doimoi.traceability.api;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Capture jobs left RUNNING when their node stopped (issue 20). A job lives in its node's memory
 * queue, so another node cannot take it over; each node instead beats, every {@link #BEAT}, for the
 * jobs it has queued or running, and a RUNNING job whose beat is older than {@link #ABANDONED} is
 * marked FAILED with an error telling the client to send the document again (under {@code proceed},
 * the events counted in {@code captured} are stored). Checked at start and every minute, on one
 * node at a time.
 */
@Component
class CaptureHeartbeats {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureHeartbeats.class);

    static final Duration BEAT = Duration.ofSeconds(30);

    /** Four beats missed: the node is gone (a pause of the JVM lasts seconds, not minutes). */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String interrupted;
    private final Set<UUID> mine = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "epcis-capture-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    CaptureHeartbeats(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.interrupted = json.writeValueAsString(List.of(new CaptureError(
                "",
                "capture.interrupted",
                "Việc ghi nhận bị gián đoạn vì máy chủ đã dừng; hãy gửi lại tài liệu (các sự kiện đếm trong"
                        + " 'captured' đã được lưu). The capture was interrupted because the server stopped;"
                        + " send the document again (the events counted in 'captured' are stored).")));
        beats.scheduleWithFixedDelay(this::beat, BEAT.toSeconds(), BEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The job was queued on this node; it beats until {@link #ended}. */
    void started(UUID job) {
        mine.add(job);
    }

    void ended(UUID job) {
        mine.remove(job);
    }

    void beat() {
        if (mine.isEmpty()) {
            return;
        }
        try {
            jdbc.sql(
                            "UPDATE traceability.capture_job SET heartbeat_at = :now WHERE status = 'RUNNING' AND id IN (:ids)")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", List.copyOf(mine))
                    .update();
        } catch (RuntimeException e) {
            LOG.warn("capture job heartbeat failed; retried in {}", BEAT, e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        failAbandoned();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "traceability.abandonedCaptureJobs")
    void everyMinute() {
        failAbandoned();
    }

    /** Marks FAILED every RUNNING job no node beats for any more; returns how many. */
    int failAbandoned() {
        Instant now = clock.instant();
        int failed = jdbc.sql("UPDATE traceability.capture_job SET status = 'FAILED', finished_at = ?,"
                        + " errors = errors || ?::jsonb WHERE status = 'RUNNING' AND heartbeat_at < ?")
                .params(Timestamp.from(now), interrupted, Timestamp.from(now.minus(ABANDONED)))
                .update();
        if (failed > 0) {
            LOG.warn("{} capture job(s) left RUNNING by a stopped node marked FAILED", failed);
        }
        return failed;
    }

    @PreDestroy
    void stop() {
        beats.shutdownNow();
    }
}
