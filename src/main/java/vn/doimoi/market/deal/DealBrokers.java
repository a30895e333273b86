package vn.doimoi.market.deal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Choosing a deal's broker (ADR 0032). A party invites a broker from the list, or publishes that
 * it seeks one so that brokers may ask; the broker becomes the deal's broker when the owner's
 * side, the interested side and the broker have all agreed. A BROKER role alone opens no deal.
 */
@Service
@Transactional
public class DealBrokers {

    private final DealRepository deals;
    private final BrokerProposalRepository proposals;
    private final DealViews views;
    private final Accounts accounts;
    private final AuditLog audit;
    private final BrokerNotices notices;
    private final Clock clock;
    private final DealAccess access;

    DealBrokers(
            DealRepository deals,
            BrokerProposalRepository proposals,
            DealViews views,
            Accounts accounts,
            AuditLog audit,
            BrokerNotices notices,
            Clock clock,
            DealAccess access) {
        this.access = access;
        this.deals = deals;
        this.proposals = proposals;
        this.views = views;
        this.accounts = accounts;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** The brokers a party may invite, by name. */
    @Transactional(readOnly = true)
    public List<UserSummary> brokers() {
        return accounts.withRole(Role.BROKER);
    }

    /** A party proposes a broker; proposing is its own side's agreement. */
    public void invite(CurrentUser actor, UUID id, UUID broker) {
        Deal deal = choosing(actor, id);
        UserSummary invited = accounts.find(new UserId(broker))
                .filter(user -> user.enabled() && user.roles().contains(Role.BROKER))
                .orElseThrow(() -> DomainException.refused("market.error.brokerUnknown"));
        BrokerProposal proposal = proposalOf(deal);
        if (proposal.proposes(broker)) {
            // the broker asked first: inviting it is this side's agreement, the broker's stays
            proposal.consent(access.side(actor, deal), clock.instant());
        } else {
            proposal.invite(broker, access.side(actor, deal), clock.instant());
        }
        record("market.deal.brokerInvited", deal, actor, invited.username());
        notices.invited(invited.id(), deal);
        notices.proposed(deal, actor, invited.displayName());
        assignWhenAgreed(deal, proposal);
    }

    /** A party publishes (or withdraws) that the deal seeks a broker: brokers hear that, and nothing else. */
    public void seek(CurrentUser actor, UUID id, boolean seeking) {
        Deal deal = choosing(actor, id);
        BrokerProposal proposal = proposalOf(deal);
        boolean announce = seeking && !proposal.seeking();
        proposal.seek(seeking, clock.instant());
        audit.record(
                "market.deal.seekingBroker",
                "market.deal",
                id.toString(),
                null,
                Map.of("seeking", seeking, "by", actor.username()));
        if (announce) {
            notices.seeking(deal);
        }
    }

    /**
     * A broker accepts its invitation, or asks to broker a deal whose parties seek one. It
     * becomes the deal's broker only once both parties have agreed too.
     */
    public void take(CurrentUser actor, UUID id) {
        Deal deal = visible(actor, id);
        if (!actor.has(Role.BROKER)) {
            throw DomainException.forbidden("market.error.brokerOnly");
        }
        if (deal.brokerUserId() != null) {
            throw DomainException.conflict("market.error.brokerTaken");
        }
        requireOpen(deal);
        BrokerProposal proposal = proposalOf(deal);
        UUID me = actor.id().value();
        if (proposal.proposes(me)) {
            proposal.consent(BrokerProposal.Side.BROKER, clock.instant());
            record("market.deal.brokerAccepted", deal, actor, actor.username());
        } else {
            proposal.request(me, clock.instant());
            record("market.deal.brokerRequested", deal, actor, actor.username());
            notices.proposed(
                    deal,
                    actor,
                    accounts.find(actor.id()).map(UserSummary::displayName).orElse(actor.username()));
        }
        assignWhenAgreed(deal, proposal);
    }

    /** A party agrees to the proposed broker. */
    public void consent(CurrentUser actor, UUID id) {
        Deal deal = choosing(actor, id);
        BrokerProposal proposal = proposalOf(deal);
        proposal.consent(access.side(actor, deal), clock.instant());
        record("market.deal.brokerConsented", deal, actor, username(proposal.brokerUserId()));
        assignWhenAgreed(deal, proposal);
    }

    /** A party, or the proposed broker, turns the proposal down. */
    public void withdraw(CurrentUser actor, UUID id) {
        Deal deal = visible(actor, id);
        BrokerProposal proposal = proposalOf(deal);
        boolean allowed =
                access.party(actor, deal) || proposal.proposes(actor.id().value());
        if (!allowed || deal.brokerUserId() != null || proposal.brokerUserId() == null) {
            throw DomainException.forbidden("market.error.participantOnly");
        }
        String broker = username(proposal.brokerUserId());
        proposal.clear(clock.instant());
        record("market.deal.brokerWithdrawn", deal, actor, broker);
    }

    private void assignWhenAgreed(Deal deal, BrokerProposal proposal) {
        if (!proposal.agreed()) {
            return;
        }
        UUID broker = proposal.brokerUserId();
        Map<String, Object> before = deal.auditState();
        deal.assignBroker(broker, clock.instant());
        proposal.clear(clock.instant());
        proposal.seek(false, clock.instant());
        Map<String, Object> after = deal.auditState();
        after.put("broker", username(broker));
        audit.record("market.deal.broker", "market.deal", deal.id().toString(), before, after);
        notices.assigned(deal, broker);
    }

    /** A deal whose broker one of its parties is choosing: open, no broker yet, the actor a party. */
    private Deal choosing(CurrentUser actor, UUID id) {
        Deal deal = visible(actor, id);
        if (!access.party(actor, deal)) {
            throw DomainException.forbidden("market.error.participantOnly");
        }
        if (deal.brokerUserId() != null) {
            throw DomainException.conflict("market.error.brokerTaken");
        }
        requireOpen(deal);
        return deal;
    }

    private Deal visible(CurrentUser actor, UUID id) {
        Deal deal = deals.findById(id).orElseThrow(() -> new NotFoundException("deal", id));
        if (views.access(actor, deal) == DealViews.Access.NONE) {
            throw new NotFoundException("deal", id);
        }
        return deal;
    }

    private static void requireOpen(Deal deal) {
        if (!deal.stage().isOpen()) {
            throw DomainException.conflict("market.error.dealClosed");
        }
    }

    private BrokerProposal proposalOf(Deal deal) {
        return proposals
                .findById(deal.id())
                .orElseGet(() -> proposals.save(new BrokerProposal(deal.id(), clock.instant())));
    }

    private void record(String action, Deal deal, CurrentUser actor, String broker) {
        audit.record(
                action, "market.deal", deal.id().toString(), null, Map.of("by", actor.username(), "broker", broker));
    }

    private String username(@Nullable UUID user) {
        if (user == null) {
            return "";
        }
        return accounts.find(new UserId(user)).map(UserSummary::username).orElse(user.toString());
    }
}
