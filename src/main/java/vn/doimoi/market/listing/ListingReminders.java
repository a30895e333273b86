package vn.doimoi.market.listing;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Audience;
import vn.doimoi.identity.Deadline;
import vn.doimoi.identity.Notice;
import vn.doimoi.identity.ReminderMoment;
import vn.doimoi.identity.Reminders;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * Asks a listing's owner to reconfirm it: days before its valid-until day
 * (doimoi.reminders.kinds.listing-reconfirmation) and once when it has become outdated. A
 * reconfirmed listing has a new valid-until day, hence a new deadline and new reminders.
 */
@Component
class ListingReminders {

    static final String KIND = "listing-reconfirmation";

    private final Reminders reminders;
    private final MarketMessages messages;

    ListingReminders(Reminders reminders, MarketMessages messages) {
        this.reminders = reminders;
        this.messages = messages;
    }

    /** Sends what today calls for about this listing; returns whether something went out. */
    boolean remind(Listing listing, LocalDate today) {
        if (!listing.status().isLive() && listing.status() != ListingStatus.OUTDATED) {
            return false;
        }
        String validUntil = VietnameseFormats.date(listing.validUntil());
        return reminders.remind(
                new Deadline(KIND, listing.id().toString(), listing.validUntil()),
                today,
                Audience.organisation(listing.ownerOrgId()),
                moment -> {
                    String key = moment == ReminderMoment.BEFORE
                            ? "market.reminder.reconfirm.before"
                            : "market.reminder.reconfirm.overdue";
                    return new Notice(
                            messages.vi(key + ".subject", listing.title()),
                            messages.vi(key + ".body", listing.title(), validUntil),
                            "/market/my#my-listings");
                });
    }
}
