package vn.doimoi.portal.article;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.search.SearchableType;

/** Published articles are in the one search. */
@Configuration(proxyBeanMethods = false)
class ArticleSearch {

    @Bean
    SearchableType articleSearchType() {
        return new SearchableType("Article", "article", "search.type.article", "/news/by-id/{id}");
    }
}
