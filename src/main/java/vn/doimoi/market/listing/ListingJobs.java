package vn.doimoi.market.listing;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.ResultRegistered;

/** The daily freshness run, and results of state-funded tasks turned into draft offers. */
@Component
class ListingJobs {

    private static final Logger log = LoggerFactory.getLogger(ListingJobs.class);

    private final ListingFreshness freshness;
    private final ResultOffers resultOffers;

    ListingJobs(ListingFreshness freshness, ResultOffers resultOffers) {
        this.freshness = freshness;
        this.resultOffers = resultOffers;
    }

    /** Every morning at 07:00 Vietnam time, so reminders arrive with the working day. */
    @SchedulerLock(name = "market.listingFreshness", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void freshness() {
        int changed = freshness.run();
        log.info("Marketplace freshness: {} listings reminded or changed", changed);
    }

    @ApplicationModuleListener
    void on(ResultRegistered result) {
        resultOffers.draftFromResult(
                result.resultId(), result.title(), result.summary(), result.hostOrganisationId(), result.fieldCodes());
    }
}
