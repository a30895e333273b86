package vn.doimoi.market.deal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.listing.MarketMessages;

/** The notices of choosing a deal's broker (ADR 0032): to the broker, to brokers, to the parties. */
@Component
class BrokerNotices {

    private final Notifications notifications;
    private final MarketMessages messages;
    private final Listings listings;

    BrokerNotices(Notifications notifications, MarketMessages messages, Listings listings) {
        this.notifications = notifications;
        this.messages = messages;
        this.listings = listings;
    }

    void invited(UserId broker, Deal deal) {
        notifications.send(
                broker,
                messages.vi("market.notify.brokerInvited.subject"),
                messages.vi("market.notify.brokerInvited.body"),
                link(deal));
    }

    /** Brokers hear that the deal seeks one, and nothing else about it. */
    void seeking(Deal deal) {
        notifications.sendToRole(
                Role.BROKER,
                messages.vi("market.notify.needsBroker.subject"),
                messages.vi("market.notify.needsBroker.body"),
                link(deal));
    }

    void assigned(Deal deal, UUID broker) {
        String subject = messages.vi("market.notify.brokerAssigned.subject");
        String body = messages.vi("market.notify.brokerAssigned.body", title(deal));
        notifications.send(new UserId(broker), subject, body, link(deal));
        notifications.sendToOrganisation(deal.ownerOrgId(), subject, body, link(deal));
        notifications.sendToOrganisation(deal.interestedOrgId(), subject, body, link(deal));
    }

    /** The other party hears who is proposed and that its agreement is needed. */
    void proposed(Deal deal, CurrentUser actor, String brokerName) {
        String subject = messages.vi("market.notify.brokerProposed.subject");
        String body = messages.vi("market.notify.brokerProposed.body", title(deal), brokerName);
        for (UUID organisation : List.of(deal.ownerOrgId(), deal.interestedOrgId())) {
            if (!actor.actsFor(organisation)) {
                notifications.sendToOrganisation(organisation, subject, body, link(deal));
            }
        }
    }

    private String title(Deal deal) {
        return listings.internal(deal.listingId()).title();
    }

    private static String link(Deal deal) {
        return "/market/deals/" + deal.id();
    }
}
