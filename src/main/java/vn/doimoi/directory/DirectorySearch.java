package vn.doimoi.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.search.SearchableType;

/** Tells the one search that organisations are searchable and where their pages are. */
@Configuration(proxyBeanMethods = false)
class DirectorySearch {

    @Bean
    SearchableType organisationSearch() {
        return new SearchableType("Organisation", "organisation", "search.type.organisation", "/organisations/{id}");
    }

    @Bean
    SearchableType personSearch() {
        return new SearchableType("Person", "person", "search.type.person", "/people/{id}");
    }
}
