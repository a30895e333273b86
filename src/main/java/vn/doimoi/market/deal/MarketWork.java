package vn.doimoi.market.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.market.DealView;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * The market's part of "Việc của tôi" (ADR 0044): STAFF moderates listings; an organisation sees
 * its listings that need a step (a draft to send, one waiting for review, one to reconfirm) and
 * its open deals; a broker the open deals it follows.
 */
@Component
record MarketWork(Listings listings, Deals deals, Accounts accounts) implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        List<WorkSection> sections = new ArrayList<>();
        if (me.isStaff()) {
            int queue = listings.reviewQueue(me).size();
            sections.add(Heading.MODERATION.of(
                    queue == 0
                            ? List.of()
                            : List.of(WorkItem.queue("me.item.listingsToModerate", "/staff/market", queue))));
            return sections;
        }
        if (me.has(Role.ORG_MEMBER) && me.organisationId() != null) {
            sections.add(Heading.LISTINGS.of(listings.mine(me).stream()
                    .map(MarketWork::listingItem)
                    .flatMap(Optional::stream)
                    .toList()));
        }
        if (me.has(Role.BROKER) || (me.has(Role.ORG_MEMBER) && me.organisationId() != null)) {
            sections.add(Heading.DEALS.of(deals.dealsFor(me).stream()
                    .filter(deal -> deal.stage().isOpen())
                    .map(MarketWork::dealItem)
                    .toList()));
        }
        return sections;
    }

    private static Optional<WorkItem> listingItem(ListingView listing) {
        String key = switch (listing.status()) {
            case DRAFT -> "me.item.listingDraft";
            case REVIEW -> "me.item.listingInReview";
            case EXPIRING -> "me.item.listingExpiring";
            case OUTDATED -> "me.item.listingOutdated";
            default -> null;
        };
        if (key == null) {
            return Optional.empty();
        }
        boolean dated = listing.status() == ListingStatus.EXPIRING || listing.status() == ListingStatus.OUTDATED;
        return Optional.of(new WorkItem(
                key,
                List.of(listing.title()),
                "/market/my",
                dated ? listing.validUntil() : null,
                listing.status() == ListingStatus.OUTDATED,
                1));
    }

    private static WorkItem dealItem(DealView deal) {
        return new WorkItem(
                "me.item.dealOpen", List.of(deal.listingTitle()), "/market/deals/" + deal.id(), null, false, 1);
    }
}
