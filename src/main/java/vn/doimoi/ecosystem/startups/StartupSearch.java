package vn.doimoi.ecosystem.startups;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.search.SearchableType;

/** Tells the one search that recognised startups and innovation organisations are searchable, and where. */
@Configuration(proxyBeanMethods = false)
class StartupSearch {

    @Bean
    SearchableType innovatorSearch() {
        return new SearchableType(
                "InnovatorProfile",
                "startup",
                "search.type.startup",
                "/ecosystem/startups/{id}",
                List.of("fieldCode", "innovatorKind"));
    }
}
