package vn.doimoi.market.listing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.ListingStatus;

/**
 * One day of a listing's freshness: 14 and 7 days before valid-until a live listing is expiring
 * and its owner reminded (once per threshold); after valid-until it is outdated; outdated for
 * longer than the archive delay it is archived.
 *
 * @param reminder the reminder threshold due today (14 or 7), or 0 when none is due
 * @param touched whether the listing's update time moves (a reminder, outdated or archived)
 */
record FreshnessStep(ListingStatus status, @Nullable Integer remindedDays, int reminder, boolean touched) {

    private static final int[] THRESHOLDS = {7, 14};

    static FreshnessStep of(
            ListingStatus status,
            LocalDate validUntil,
            @Nullable Integer remindedDays,
            LocalDate today,
            int archiveAfterDays) {
        long daysLeft = ChronoUnit.DAYS.between(today, validUntil);
        if (status.isLive()) {
            if (daysLeft < 0) {
                return new FreshnessStep(ListingStatus.OUTDATED, remindedDays, 0, true);
            }
            for (int threshold : THRESHOLDS) {
                if (daysLeft <= threshold) {
                    boolean remind = remindedDays == null || remindedDays > threshold;
                    return remind
                            ? new FreshnessStep(ListingStatus.EXPIRING, threshold, threshold, true)
                            : new FreshnessStep(ListingStatus.EXPIRING, remindedDays, 0, false);
                }
            }
            return new FreshnessStep(status, remindedDays, 0, false);
        }
        if (status == ListingStatus.OUTDATED && -daysLeft > archiveAfterDays) {
            return new FreshnessStep(ListingStatus.ARCHIVED, remindedDays, 0, true);
        }
        return new FreshnessStep(status, remindedDays, 0, false);
    }
}
