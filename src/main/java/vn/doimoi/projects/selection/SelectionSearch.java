package vn.doimoi.projects.selection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.search.SearchableType;

/** Tells the one search that published calls and approved tasks are searchable. */
@Configuration(proxyBeanMethods = false)
class SelectionSearch {

    @Bean
    SearchableType callSearch() {
        return new SearchableType("Call", "call", "search.type.call", "/calls/{id}");
    }

    @Bean
    SearchableType taskSearch() {
        return new SearchableType("Task", "task", "search.type.task", "/tasks/{id}");
    }
}
