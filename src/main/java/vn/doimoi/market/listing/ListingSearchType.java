package vn.doimoi.market.listing;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.search.SearchableType;

/** Tells the one search that live listings are searchable (the owner is never indexed). */
@Configuration(proxyBeanMethods = false)
class ListingSearchType {

    @Bean
    SearchableType listingSearch() {
        return new SearchableType(
                "Listing", "listing", "search.type.listing", "/market/listings/{id}", List.of("fieldCode", "province"));
    }
}
