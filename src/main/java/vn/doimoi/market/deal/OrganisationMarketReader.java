package vn.doimoi.market.deal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.DealStage;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.OrganisationMarket;
import vn.doimoi.market.StartedDeal;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.shared.NotFoundException;

/** The marketplace as other modules read it for one organisation (events: exhibits and deals counted). */
@Component
@Transactional(readOnly = true)
class OrganisationMarketReader implements OrganisationMarket {

    private final Listings listings;
    private final JdbcClient jdbc;

    OrganisationMarketReader(Listings listings, JdbcClient jdbc) {
        this.listings = listings;
        this.jdbc = jdbc;
    }

    @Override
    public List<ListingView> liveListingsOf(UUID organisation) {
        return listings.idsOfOrganisation(organisation).stream()
                .map(listings::internal)
                .filter(listing -> listing.status().isLive())
                .sorted(Comparator.comparing(ListingView::confirmedAt).reversed())
                .toList();
    }

    @Override
    public Optional<ListingView> liveListing(UUID listing) {
        try {
            return Optional.of(listings.internal(listing))
                    .filter(view -> view.status().isLive());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<StartedDeal> dealsStartedBetween(UUID first, UUID second, Instant from, Instant until) {
        return jdbc.sql("""
                        SELECT d.id, d.listing_id, l.title, d.stage, d.created_at
                        FROM market.deal d JOIN market.listing l ON l.id = d.listing_id
                        WHERE ((d.owner_org_id = ? AND d.interested_org_id = ?)
                            OR (d.owner_org_id = ? AND d.interested_org_id = ?))
                          AND d.created_at >= ? AND d.created_at < ?
                        ORDER BY d.created_at""")
                .params(first, second, second, first, Timestamp.from(from), Timestamp.from(until))
                .query((rs, n) -> new StartedDeal(
                        rs.getObject("id", UUID.class),
                        rs.getObject("listing_id", UUID.class),
                        rs.getString("title"),
                        DealStage.valueOf(rs.getString("stage")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
