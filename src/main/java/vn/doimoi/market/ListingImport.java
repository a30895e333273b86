package vn.doimoi.market;

import java.util.UUID;

/**
 * Brings in listings published elsewhere before (a techmart's catalogue, the demo) as live
 * listings of their owners, with the date they were first written.
 */
public interface ListingImport {

    /** Whether the marketplace has any listing yet. */
    boolean hasListings();

    /** Adds the listing, screened clear and published today; returns its identifier. */
    UUID published(ImportedListing listing);
}
