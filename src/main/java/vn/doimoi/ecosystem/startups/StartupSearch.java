package vn.doimoi.ecosystem.startups;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.search.FacetValueLabels;
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

    /** The kind facet reads "Vườn ươm", not "INCUBATOR". */
    @Bean
    FacetValueLabels innovatorKindLabels(MessageSource messages) {
        return new FacetValueLabels() {
            @Override
            public String field() {
                return "innovatorKind";
            }

            @Override
            public String label(String value, String language) {
                return messages.getMessage("startups.kind." + value, null, value, Locale.forLanguageTag(language));
            }
        };
    }
}
