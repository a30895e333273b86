package vn.doimoi.market.listing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.shared.audit.AuditLog;

/**
 * The daily freshness run on the Vietnam calendar: expiring 14 days before valid-until, outdated
 * after it, archived later; the owner is asked to reconfirm before valid-until and once when
 * outdated ({@link ListingReminders}).
 */
@Service
@Transactional
class ListingFreshness {

    private final ListingRepository repository;
    private final ListingChecks checks;
    private final ListingReminders reminders;
    private final AuditLog audit;
    private final MarketProperties properties;
    private final Clock clock;

    ListingFreshness(
            ListingRepository repository,
            ListingChecks checks,
            ListingReminders reminders,
            AuditLog audit,
            MarketProperties properties,
            Clock clock) {
        this.repository = repository;
        this.checks = checks;
        this.reminders = reminders;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns how many listings were reminded or changed. */
    int run() {
        LocalDate today = checks.today();
        Instant now = clock.instant();
        int changed = 0;
        for (Listing listing : repository.findByStatusIn(
                Set.of(ListingStatus.PUBLISHED, ListingStatus.EXPIRING, ListingStatus.OUTDATED))) {
            Map<String, Object> before = ListingAuditState.of(listing);
            ListingStatus was = listing.status();
            int reminder = listing.tick(today, properties.archiveAfterDays(), now);
            boolean reminded = reminders.remind(listing, today);
            if (reminded || reminder > 0 || was != listing.status()) {
                changed++;
                audit.record(
                        "market.listing.freshness",
                        "market.listing",
                        listing.id().toString(),
                        before,
                        ListingAuditState.of(listing));
            }
        }
        return changed;
    }
}
