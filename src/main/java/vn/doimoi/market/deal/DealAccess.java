package vn.doimoi.market.deal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/**
 * Who a user is to a deal beyond what its URL allows: one of its parties (a member of the owner's
 * or the interested organisation), its assigned broker (the one both parties agreed on: a BROKER
 * role alone is not enough), or the Department (ADR 0039: one {@code <Thing>Access} bean per
 * checked thing).
 */
@Component
class DealAccess {

    boolean party(CurrentUser actor, Deal deal) {
        return side(actor, deal) != null;
    }

    /** The party the user acts for, or null. */
    BrokerProposal.@Nullable Side side(CurrentUser actor, Deal deal) {
        if (actor.actsFor(deal.ownerOrgId())) {
            return BrokerProposal.Side.OWNER;
        }
        if (actor.actsFor(deal.interestedOrgId())) {
            return BrokerProposal.Side.INTERESTED;
        }
        return null;
    }

    boolean broker(CurrentUser actor, Deal deal) {
        return actor.has(Role.BROKER)
                && deal.brokerUserId() != null
                && deal.brokerUserId().equals(actor.id().value());
    }

    boolean staff(CurrentUser actor) {
        return actor.isStaff();
    }

    /** The parties and the assigned broker: who talk inside the deal ({@link DealMessages}). */
    boolean inThread(CurrentUser actor, Deal deal) {
        return party(actor, deal) || broker(actor, deal);
    }

    /** 403 unless the user is a party, the assigned broker or the Department. */
    void requireParticipant(CurrentUser actor, Deal deal) {
        if (!(inThread(actor, deal) || staff(actor))) {
            throw DomainException.forbidden("market.error.participantOnly");
        }
    }

    /** 403 unless the user is the assigned broker or the Department. */
    void requireBrokerOrStaff(CurrentUser actor, Deal deal) {
        if (!broker(actor, deal) && !staff(actor)) {
            throw DomainException.forbidden("market.error.brokerOnly");
        }
    }
}
