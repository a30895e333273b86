package vn.doimoi.search.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the search page and the search API read from a query string ({@code ?q=khoa hoc&type=organisation
 * &fieldCode=401&province=Tây Ninh&year=2026&page=0}), bound by Spring as one object.
 */
record SearchQuery(
        @Nullable String q,
        @Nullable String type,
        @Nullable String fieldCode,
        @Nullable String province,
        @Nullable String year,
        @Nullable Integer page) {

    /** The page asked for, the first when none was. */
    int pageNumber() {
        return page == null ? 0 : page;
    }

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
