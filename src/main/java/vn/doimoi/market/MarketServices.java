package vn.doimoi.market;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.shared.DomainException;

/**
 * The market's live service listings for other modules (issue 21: an enterprise spends an
 * innovation voucher with a provider chosen among them). A provider is the listing's organisation,
 * so only listings whose owner is known are offered.
 */
@Service
@Transactional(readOnly = true)
public class MarketServices {

    /** More than a province lists; the choice is a list, not a search. */
    private static final int LIMIT = 500;

    private final Listings listings;

    MarketServices(Listings listings) {
        this.listings = listings;
    }

    /** The live service listings with a known provider, as the public list orders them. */
    public List<ListingView> live() {
        return listings.live(ListingKind.SERVICE, 0, LIMIT).stream()
                .map(listing -> listings.internal(listing.id()))
                .filter(MarketServices::offered)
                .toList();
    }

    /** The live service listing with this id and its provider; empty for any other listing. */
    public Optional<ListingView> live(UUID id) {
        try {
            return Optional.of(listings.internal(id)).filter(MarketServices::offered);
        } catch (DomainException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean offered(ListingView listing) {
        return listing.kind() == ListingKind.SERVICE && listing.status().isLive() && listing.owner() != null;
    }
}
