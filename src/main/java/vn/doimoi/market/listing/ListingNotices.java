package vn.doimoi.market.listing;

import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;

/** The notices a listing's life cycle sends: to the Department, to brokers, to the owner. */
@Component
class ListingNotices {

    private final Notifications notifications;
    private final MarketMessages messages;

    ListingNotices(Notifications notifications, MarketMessages messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    void toReview(Listing listing) {
        notifications.sendToRole(
                Role.STAFF,
                messages.vi("market.notify.review.subject"),
                messages.vi("market.notify.review.body", listing.title()),
                "/staff/market");
    }

    /** A published listing came back after a material edit: the moderators see what changed. */
    void changedToReview(Listing listing) {
        notifications.sendToRole(
                Role.STAFF,
                messages.vi("market.notify.changed.subject"),
                messages.vi("market.notify.changed.body", listing.title()),
                "/staff/market");
    }

    void published(Listing listing) {
        notifications.sendToOrganisation(
                listing.ownerOrgId(),
                messages.vi("market.notify.published.subject"),
                messages.vi("market.notify.published.body", listing.title()),
                "/market/listings/" + listing.id());
    }

    void rejected(Listing listing, String note) {
        notifications.sendToOrganisation(
                listing.ownerOrgId(),
                messages.vi("market.notify.rejected.subject"),
                messages.vi("market.notify.rejected.body", listing.title(), note),
                "/market/my/listings/" + listing.id() + "/edit");
    }

    void brokerHelp(Listing listing) {
        notifications.sendToRole(
                Role.BROKER,
                messages.vi("market.notify.brokerHelp.subject"),
                messages.vi("market.notify.brokerHelp.body", listing.title()),
                "/market/listings/" + listing.id());
    }
}
