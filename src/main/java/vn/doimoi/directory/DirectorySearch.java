package vn.doimoi.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.directory.taxonomy.FieldTaxonomy;
import vn.doimoi.search.FacetValueLabels;
import vn.doimoi.search.SearchableType;

/** Tells the one search that organisations are searchable and where their pages are. */
@Configuration(proxyBeanMethods = false)
class DirectorySearch {

    @Bean
    SearchableType organisationSearch() {
        return new SearchableType(
                "Organisation",
                "organisation",
                "search.type.organisation",
                "/organisations/{id}",
                List.of("fieldCode", "province", SearchableType.YEAR));
    }

    @Bean
    SearchableType personSearch() {
        return new SearchableType("Person", "person", "search.type.person", "/people/{id}", List.of("fieldCode"));
    }

    /** Field codes in facets read "401 Trồng trọt", not "401". */
    @Bean
    FacetValueLabels fieldCodeLabels(FieldTaxonomy taxonomy) {
        return new FacetValueLabels() {
            @Override
            public String field() {
                return "fieldCode";
            }

            @Override
            public String label(String value, String language) {
                return taxonomy.find(value).map(code -> code.label(language)).orElse(value);
            }

            /** The whole classification in one query (a few dozen codes), then each value's name. */
            @Override
            public Map<String, String> labels(Collection<String> values, String language) {
                Map<String, String> known = new HashMap<>();
                taxonomy.all().forEach(code -> known.put(code.code(), code.label(language)));
                Map<String, String> labels = new LinkedHashMap<>();
                values.forEach(value -> labels.put(value, known.getOrDefault(value, value)));
                return labels;
            }
        };
    }
}
