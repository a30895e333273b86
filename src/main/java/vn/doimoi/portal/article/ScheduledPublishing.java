package vn.doimoi.portal.article;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes scheduled articles when their time comes (checked every 30 s by default). */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final Articles articles;

    ScheduledPublishing(Articles articles) {
        this.articles = articles;
    }

    // held at least most of the interval, so that with several nodes (each ticking at its own
    // moment) the check runs once per interval, not once per node (bench/cluster.sh, check 4)
    @SchedulerLock(
            name = "portal.scheduledPublishing",
            lockAtLeastFor = "${doimoi.portal.schedule-lock-at-least:PT25S}")
    @Scheduled(
            fixedDelayString = "${doimoi.portal.schedule-check-interval:30s}",
            initialDelayString = "${doimoi.portal.schedule-check-interval:30s}")
    void publishDue() {
        try {
            int published = articles.publishDue();
            if (published > 0) {
                log.info("Published {} scheduled article(s)", published);
            }
        } catch (RuntimeException e) {
            // an editor changed one at the same moment (optimistic lock): the next tick retries
            log.warn("Scheduled publishing failed; retrying at the next check", e);
        }
    }
}
