package vn.doimoi.market.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.ListingView;
import vn.doimoi.shared.NotFoundException;

/**
 * Listings as a reader may see them: drafts only to their owners and the Department, and the
 * owner of an anonymous listing only to its members, the Department, and the other side of a deal
 * the owner accepted (or the broker assigned to it).
 */
@Component
class ListingViews {

    private final ListingRepository repository;
    private final Directory directory;
    private final ListingAccess access;

    ListingViews(ListingRepository repository, Directory directory, ListingAccess access) {
        this.repository = repository;
        this.directory = directory;
        this.access = access;
    }

    ListingView view(UUID id, @Nullable CurrentUser actor) {
        Listing listing = find(id);
        boolean mine = actor != null && actor.actsFor(listing.ownerOrgId());
        if (!access.maySee(actor, listing)) {
            throw new NotFoundException("listing", id);
        }
        return toView(listing, access.ownerDisclosedTo(listing, actor), mine);
    }

    ListingView internal(UUID id) {
        return toView(find(id), true, false);
    }

    List<ListingView> live(@Nullable ListingKind kind, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page), size);
        List<Listing> found = kind == null
                ? repository.findByStatusInOrderByPublishedAtDesc(Listings.LIVE, request)
                : repository.findByKindAndStatusInOrderByPublishedAtDesc(kind, Listings.LIVE, request);
        return found.stream().map(this::publicView).toList();
    }

    /** A live listing as anyone may see it in a list: the owner only when it is not anonymous. */
    ListingView publicView(Listing listing) {
        return toView(listing, !listing.anonymous(), false);
    }

    long countLive(@Nullable ListingKind kind) {
        return kind == null
                ? repository.countByStatusIn(Listings.LIVE)
                : repository.countByKindAndStatusIn(kind, Listings.LIVE);
    }

    List<ListingView> mine(CurrentUser actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return repository.findByOwnerOrgIdOrderByUpdatedAtDesc(actor.organisationId()).stream()
                .map(each -> toView(each, true, true))
                .toList();
    }

    Set<UUID> idsOfOrganisation(UUID organisation) {
        return Set.copyOf(repository.findIdsByOwnerOrgId(organisation));
    }

    List<ListingView> reviewQueue() {
        return repository.findByStatusOrderByUpdatedAtAsc(ListingStatus.REVIEW).stream()
                .map(each -> toView(each, true, false))
                .toList();
    }

    Listing find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("listing", id));
    }

    private ListingView toView(Listing listing, boolean disclose, boolean mine) {
        UUID owner = disclose ? listing.ownerOrgId() : null;
        String ownerName = owner == null
                ? null
                : directory.organisation(owner).map(OrganisationSummary::name).orElse(null);
        ListingContent content = listing.content();
        return new ListingView(
                listing.id(),
                listing.kind(),
                listing.status(),
                listing.title(),
                listing.summary(),
                content.problem(),
                content.advantages(),
                content.currentSolution(),
                content.requirements(),
                content.timeFrame(),
                content.trl(),
                content.ipStatus(),
                content.serviceKind(),
                content.priceMin(),
                content.priceMax(),
                content.region(),
                listing.validUntil(),
                listing.confirmedAt(),
                listing.publishedAt(),
                new ArrayList<>(listing.fieldCodes()).stream().sorted().toList(),
                listing.modes(),
                listing.anonymous(),
                listing.stateFunded(),
                listing.screening().level(),
                listing.screening().note(),
                listing.screening().rule(),
                listing.reviewNote(),
                owner,
                ownerName,
                mine,
                listing.version(),
                listing.changedFields());
    }
}
