package vn.doimoi.ecosystem.funds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.market.EligibleListings;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.ServiceKind;

/**
 * What an unspent balance could buy: live market offers and services that serve an eligible use of
 * the rule version in force (its listing and service kinds), in the enterprise's fields first.
 */
@Component
public class FundSuggestions {

    static final int LIMIT = 6;

    /** A listing and the eligible use it would be spent on. */
    public record Suggestion(ListingView listing, String useName) {}

    private final EligibleListings market;
    private final Directory directory;

    FundSuggestions(EligibleListings market, Directory directory) {
        this.market = market;
        this.directory = directory;
    }

    public List<Suggestion> forFund(UUID organisation, FundRule rule) {
        Set<String> fields = directory
                .organisation(organisation)
                .map(OrganisationSummary::fieldCodes)
                .orElse(Set.of());
        List<Suggestion> suggestions = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (FundRule.Use use : rule.uses()) {
            if (use.listingKinds().isEmpty()) {
                continue;
            }
            List<ListingKind> kinds = use.listingKinds();
            List<ServiceKind> services = use.serviceKinds();
            for (ListingView listing : market.live(kinds, services, fields, LIMIT)) {
                if (suggestions.size() < LIMIT && seen.add(listing.id())) {
                    suggestions.add(new Suggestion(listing, use.name()));
                }
            }
        }
        return suggestions;
    }
}
