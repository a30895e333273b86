package vn.doimoi.market.deal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.market.listing.MarketMessages;

/**
 * The inbox notices of a deal, in Vietnamese, each linking to the deal: to one of its parties,
 * to both, or to its broker (the assigned one; without one, a broker the parties never chose must
 * not read about the deal, so a stalled deal goes to the Department, a missing broker to the
 * parties).
 */
@Component
class DealNotices {

    private final Notifications notifications;
    private final MarketMessages messages;

    DealNotices(Notifications notifications, MarketMessages messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** A notice's subject and body, from message keys (the body's arguments given). */
    record Notice(String subject, String body) {}

    Notice notice(String subjectKey, String bodyKey, Object... arguments) {
        return new Notice(messages.vi(subjectKey), messages.vi(bodyKey, arguments));
    }

    void toOrganisation(UUID organisation, Deal deal, Notice notice) {
        notifications.sendToOrganisation(organisation, notice.subject(), notice.body(), link(deal));
    }

    void toParties(Deal deal, Notice notice) {
        toOrganisation(deal.ownerOrgId(), deal, notice);
        toOrganisation(deal.interestedOrgId(), deal, notice);
    }

    void toUser(UUID user, Deal deal, Notice notice) {
        notifications.send(new UserId(user), notice.subject(), notice.body(), link(deal));
    }

    void toBroker(Deal deal, Notice notice) {
        if (deal.brokerUserId() != null) {
            toUser(deal.brokerUserId(), deal, notice);
        } else if (deal.owes() == Deal.Owes.BROKER) {
            toParties(deal, notice);
        } else {
            notifications.sendToRole(Role.STAFF, notice.subject(), notice.body(), link(deal));
        }
    }

    static String link(Deal deal) {
        return "/market/deals/" + deal.id();
    }
}
