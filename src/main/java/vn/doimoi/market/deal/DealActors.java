package vn.doimoi.market.deal;

import org.jspecify.annotations.Nullable;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;

/** Who a user is to a deal: one of its parties, its assigned broker, or the Department. */
final class DealActors {

    private DealActors() {}

    static boolean party(CurrentUser actor, Deal deal) {
        return side(actor, deal) != null;
    }

    /** The party the user acts for, or null. */
    static BrokerProposal.@Nullable Side side(CurrentUser actor, Deal deal) {
        if (actor.actsFor(deal.ownerOrgId())) {
            return BrokerProposal.Side.OWNER;
        }
        if (actor.actsFor(deal.interestedOrgId())) {
            return BrokerProposal.Side.INTERESTED;
        }
        return null;
    }

    /** The broker the parties agreed on: a BROKER role alone is not enough. */
    static boolean broker(CurrentUser actor, Deal deal) {
        return actor.has(Role.BROKER)
                && deal.brokerUserId() != null
                && deal.brokerUserId().equals(actor.id().value());
    }

    static boolean staff(CurrentUser actor) {
        return actor.isStaff();
    }
}
