package vn.doimoi.market.deal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deal timers run every hour: nudges and escalations to the broker. */
@Component
class DealJobs {

    private final Deals deals;

    DealJobs(Deals deals) {
        this.deals = deals;
    }

    @SchedulerLock(name = "market.dealTimers", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "0 15 * * * *", zone = "Asia/Ho_Chi_Minh")
    void timers() {
        deals.runTimers();
    }
}
