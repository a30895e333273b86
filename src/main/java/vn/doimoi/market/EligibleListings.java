package vn.doimoi.market;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.listing.ListingFilter;
import vn.doimoi.market.listing.MarketSearch;
import vn.doimoi.shared.Paging;

/**
 * Live listings another module may suggest (issue 21: what an enterprise could spend its S&T fund
 * on): offers or services of the kinds asked for, in the reader's fields first, then any; as the
 * public sees them (an anonymous owner stays hidden).
 */
@Service
@Transactional(readOnly = true)
public class EligibleListings {

    private final MarketSearch search;

    EligibleListings(MarketSearch search) {
        this.search = search;
    }

    /**
     * Up to {@code limit} live listings of these kinds (a service only of these service kinds, when any
     * is named), those in the given field codes (or under them) first.
     */
    public List<ListingView> live(
            Collection<ListingKind> kinds, Collection<ServiceKind> serviceKinds, Collection<String> fields, int limit) {
        Map<UUID, ListingView> found = new LinkedHashMap<>();
        List<String> sectors = new ArrayList<>(fields);
        sectors.add(null);
        for (String sector : sectors) {
            for (ListingKind kind : kinds) {
                ListingFilter filter = new ListingFilter(kind, "", sector, null, null, null, null, null);
                for (ListingView listing :
                        search.find(filter, new Paging(0, Paging.MAX_SIZE)).listings()) {
                    boolean serves = kind != ListingKind.SERVICE
                            || serviceKinds.isEmpty()
                            || serviceKinds.contains(listing.serviceKind());
                    if (serves && found.size() < limit) {
                        found.putIfAbsent(listing.id(), listing);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }
}
