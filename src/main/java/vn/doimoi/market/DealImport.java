package vn.doimoi.market;

import java.util.List;
import java.util.UUID;

/**
 * Brings in deals followed elsewhere until now (the Department's register of transfer contracts,
 * the demo) with the dates each step happened.
 */
public interface DealImport {

    /** Whether the marketplace has any deal yet. */
    boolean hasDeals();

    /** The latest live offers, newest first, each with its owner (an import acts for the Department). */
    List<ListingView> latestOffers(int count);

    /** Adds the deal on its offer, between the offer's owner and the interested organisation. */
    UUID deal(ImportedDeal deal);
}
