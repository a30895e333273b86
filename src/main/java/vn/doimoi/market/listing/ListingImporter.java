package vn.doimoi.market.listing;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.ImportedListing;
import vn.doimoi.market.ListingImport;

/**
 * Saves imported listings as live ones. They were screened where they were first published, so
 * they pass as clear; their history starts when they were written; their freshness is today's.
 */
@Service
@Transactional
class ListingImporter implements ListingImport {

    private final ListingRepository repository;
    private final Listings listings;
    private final MarketProperties properties;

    ListingImporter(ListingRepository repository, Listings listings, MarketProperties properties) {
        this.repository = repository;
        this.listings = listings;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasListings() {
        return repository.count() > 0;
    }

    @Override
    public UUID published(ImportedListing l) {
        ListingContent content = new ListingContent(
                l.title(),
                l.summary(),
                l.problem(),
                l.advantages(),
                null,
                l.requirements(),
                l.timeFrame(),
                l.trl(),
                l.ipStatus(),
                l.serviceKind(),
                l.priceMin(),
                l.priceMax(),
                l.region(),
                l.validUntil(),
                l.anonymous(),
                l.fieldCodes(),
                l.modes());
        Listing listing = new Listing(l.kind(), l.ownerId(), content, l.writtenAt());
        listing.submit(ScreeningResult.CLEAR, l.writtenAt());
        listing.publish(listings.today(), l.writtenAt());
        // near or past its valid-until, it is expiring (or outdated) from today, as the daily run would make it
        listing.tick(listings.today(), properties.archiveAfterDays(), l.writtenAt());
        repository.save(listing);
        return listing.id();
    }
}
