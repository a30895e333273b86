package vn.doimoi.market.listing;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.OrganisationShowcase;

/**
 * An organisation's live listings on its public page; anonymous ones are left out, since listing
 * them there would name their owner.
 */
@Component
class ListingShowcase implements OrganisationShowcase {

    static final int MAX_ITEMS = 20;

    private final ListingRepository repository;

    ListingShowcase(ListingRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Section showcase(UUID organisationId) {
        List<Item> items = repository.findByOwnerOrgIdOrderByUpdatedAtDesc(organisationId).stream()
                .filter(listing -> listing.status().isLive() && !listing.anonymous())
                .limit(MAX_ITEMS)
                .map(listing -> new Item(
                        listing.title(),
                        "/market/listings/" + listing.id(),
                        "market.kind." + listing.kind().name(),
                        null))
                .toList();
        return new Section("organisation.showcase.listings", 10, items, null);
    }
}
