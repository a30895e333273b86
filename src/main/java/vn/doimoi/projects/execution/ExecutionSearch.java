package vn.doimoi.projects.execution;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.search.SearchableType;

/** Registered results are found by the one search; their page is the public register's. */
@Configuration(proxyBeanMethods = false)
class ExecutionSearch {

    @Bean
    SearchableType resultSearch() {
        return new SearchableType("ExecutionResult", "result", "result.search.type", "/results/{id}");
    }
}
