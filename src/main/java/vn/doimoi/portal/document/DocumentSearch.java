package vn.doimoi.portal.document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.search.SearchableType;

/** Documents are in the one search. */
@Configuration(proxyBeanMethods = false)
class DocumentSearch {

    @Bean
    SearchableType documentSearchType() {
        return new SearchableType("Document", "document", "search.type.document", "/documents/{id}");
    }
}
