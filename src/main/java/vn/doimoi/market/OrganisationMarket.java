package vn.doimoi.market;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What other modules may read of an organisation's part in the marketplace: its live listings (an
 * exhibitor brings them to a fair) and the deals it started with another organisation in a period
 * (the deals a fair's meeting led to, ADR 0067).
 */
public interface OrganisationMarket {

    /** The organisation's live offers, demands and services, newest first. */
    List<ListingView> liveListingsOf(UUID organisation);

    /** A live listing by id, if it is live. */
    java.util.Optional<ListingView> liveListing(UUID listing);

    /** Deals between the two organisations (either side owner) whose expression of interest came in [from, until). */
    List<StartedDeal> dealsStartedBetween(UUID first, UUID second, Instant from, Instant until);
}
