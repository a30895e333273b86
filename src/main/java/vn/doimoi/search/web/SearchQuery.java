package vn.doimoi.search.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the search page and the search API read from a query string ({@code ?q=khoa hoc&type=organisation
 * &fieldCode=401&province=Tây Ninh&year=2026}), bound by Spring as one object; the page comes
 * apart, as each of them pages differently.
 */
record SearchQuery(
        @Nullable String q,
        @Nullable String type,
        @Nullable String fieldCode,
        @Nullable String province,
        @Nullable String year) {

    String text() {
        return q == null ? "" : q;
    }

    /** The facet filters as the site search takes them; an absent one is left for it to drop. */
    Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("fieldCode", fieldCode);
        filters.put("province", province);
        filters.put("year", year);
        return filters;
    }
}
