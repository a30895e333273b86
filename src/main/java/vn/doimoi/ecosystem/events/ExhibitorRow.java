package vn.doimoi.ecosystem.events;

import java.util.List;
import java.util.UUID;
import vn.doimoi.market.ListingView;

/** An organisation exhibiting at an event, with the listings it brings that are still live. */
public record ExhibitorRow(UUID organisationId, String organisationName, List<ListingView> listings) {

    public ExhibitorRow {
        listings = List.copyOf(listings);
    }
}
