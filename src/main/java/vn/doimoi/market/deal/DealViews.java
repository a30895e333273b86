package vn.doimoi.market.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.market.DealStage;
import vn.doimoi.market.DealView;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.rules.RuleVersions;

/**
 * What a reader may see of a deal (ADR 0032): its parties, its assigned broker and the
 * Department see all of it; a broker proposed for it, or looking at a deal whose parties seek a
 * broker, sees it withheld until both parties agree; anyone else does not see it at all.
 */
@Component
class DealViews {

    /** How much of a deal a reader sees. */
    enum Access {
        FULL,
        WITHHELD,
        NONE
    }

    private final Listings listings;
    private final Directory directory;
    private final Accounts accounts;
    private final BrokerProposalRepository proposals;
    private final DealAccess who;
    private final RuleVersions ruleVersions;

    DealViews(
            Listings listings,
            Directory directory,
            Accounts accounts,
            BrokerProposalRepository proposals,
            DealAccess who,
            RuleVersions ruleVersions) {
        this.ruleVersions = ruleVersions;
        this.who = who;
        this.listings = listings;
        this.directory = directory;
        this.accounts = accounts;
        this.proposals = proposals;
    }

    /** The registration rule in force on the day a contract was signed (today, before it is). */
    RegistrationRules rulesOn(@Nullable LocalDate signedOn) {
        return ruleVersions
                .inForce(RegistrationRules.KIND, signedOn == null ? listings.today() : signedOn)
                .values();
    }

    Access access(CurrentUser actor, Deal deal) {
        return access(actor, deal, proposal(deal));
    }

    private Access access(CurrentUser actor, Deal deal, @Nullable BrokerProposal proposal) {
        if (who.party(actor, deal) || who.staff(actor) || who.broker(actor, deal)) {
            return Access.FULL;
        }
        if (!actor.has(Role.BROKER) || proposal == null) {
            return Access.NONE;
        }
        if (proposal.proposes(actor.id().value())) {
            return proposal.partiesAgreed() ? Access.FULL : Access.WITHHELD;
        }
        if (proposal.seeking() && deal.brokerUserId() == null && deal.stage().isOpen()) {
            return Access.WITHHELD;
        }
        return Access.NONE;
    }

    @Nullable
    BrokerProposal proposal(Deal deal) {
        return proposals.findById(deal.id()).orElse(null);
    }

    /** The deal as this reader may see it, or null when the reader may not see it at all. */
    @Nullable
    DealView view(Deal deal, CurrentUser actor) {
        BrokerProposal proposal = proposal(deal);
        Access access = access(actor, deal, proposal);
        if (access == Access.NONE) {
            return null;
        }
        ListingView listing = listings.internal(deal.listingId());
        boolean canTake = actor.has(Role.BROKER)
                && deal.brokerUserId() == null
                && deal.stage().isOpen()
                && proposal != null
                && (proposal.proposes(actor.id().value()) && !proposal.consented(BrokerProposal.Side.BROKER)
                        || proposal.seeking() && proposal.brokerUserId() == null);
        if (access == Access.WITHHELD) {
            boolean invited = proposal.proposes(actor.id().value());
            return withheld(deal, listing, canTake, invited);
        }
        return full(deal, listing, actor, proposal, canTake);
    }

    private DealView full(
            Deal deal, ListingView listing, CurrentUser actor, @Nullable BrokerProposal proposal, boolean canTake) {
        boolean owner = actor.actsFor(deal.ownerOrgId());
        BrokerProposal.Side side = who.side(actor, deal);
        boolean broker = who.broker(actor, deal);
        boolean staff = who.staff(actor);
        boolean participant = side != null || broker || staff;
        boolean disclose = !listing.anonymous() || owner || staff || broker || deal.ownerDisclosed();
        String reasonKey = deal.transferDirection() == null
                ? null
                : rulesOn(deal.signedOn())
                        .decide(
                                deal.transferDirection(),
                                Boolean.TRUE.equals(deal.stateCapital()),
                                Boolean.TRUE.equals(deal.taskResultRegistered()),
                                deal.signedOn())
                        .reasonKey();
        boolean choosing =
                side != null && deal.brokerUserId() == null && deal.stage().isOpen();
        boolean proposed = proposal != null && proposal.brokerUserId() != null;
        return new DealView(
                deal.id(),
                deal.listingId(),
                listing.title(),
                deal.relatedListingId(),
                deal.stage(),
                deal.message(),
                disclose ? name(deal.ownerOrgId()) : null,
                name(deal.interestedOrgId()),
                userName(deal.brokerUserId()),
                deal.owes() == null ? null : deal.owes().name(),
                deal.dueAt(),
                deal.declineReason(),
                deal.declineNote(),
                deal.signedOn(),
                deal.contractValue(),
                deal.transferDirection(),
                deal.registrationRequired(),
                deal.registrationRule(),
                reasonKey,
                deal.registrationDeadline(),
                rulesOn(deal.signedOn()).documents(),
                deal.documents(),
                deal.certificateNumber(),
                deal.certificateDate(),
                deal.createdAt(),
                deal.version(),
                owner && deal.stage() == DealStage.INTEREST,
                canTake,
                (broker || staff) && deal.stage() == DealStage.INTRODUCTION,
                participant && deal.stage() == DealStage.NEGOTIATION,
                participant && deal.stage() == DealStage.SIGNED,
                participant && deal.stage().isOpen(),
                false,
                proposed ? userName(proposal.brokerUserId()) : null,
                proposed ? agreedBy(proposal) : List.of(),
                proposal != null && proposal.seeking(),
                choosing,
                choosing && proposed && !proposal.consented(side),
                proposed
                        && deal.brokerUserId() == null
                        && (choosing || proposal.proposes(actor.id().value())),
                choosing);
    }

    /** The listing (public anyway) and the stage: no message, no parties, no contract. */
    private static DealView withheld(Deal deal, ListingView listing, boolean canTake, boolean invited) {
        return new DealView(
                deal.id(),
                deal.listingId(),
                listing.title(),
                null,
                deal.stage(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                Set.of(),
                null,
                null,
                deal.createdAt(),
                deal.version(),
                false,
                canTake,
                false,
                false,
                false,
                false,
                true,
                null,
                List.of(),
                false,
                false,
                false,
                invited,
                false);
    }

    private static List<String> agreedBy(BrokerProposal proposal) {
        List<String> sides = new ArrayList<>();
        for (BrokerProposal.Side side : BrokerProposal.Side.values()) {
            if (proposal.consented(side)) {
                sides.add(side.name());
            }
        }
        return sides;
    }

    /** The name a person signs their messages with: their display name, else their user name. */
    String displayName(CurrentUser actor) {
        String name = userName(actor.id().value());
        return name == null ? actor.username() : name;
    }

    private @Nullable String userName(@Nullable UUID user) {
        return user == null
                ? null
                : accounts.find(new UserId(user)).map(UserSummary::displayName).orElse(null);
    }

    private String name(UUID organisation) {
        return directory
                .organisation(organisation)
                .map(OrganisationSummary::name)
                .orElse("—");
    }
}
