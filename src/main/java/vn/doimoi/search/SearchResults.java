package vn.doimoi.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of results with the number of hits of each kind (the type facet), the active filters,
 * and for each facet field the number of hits per value: exact, or, when {@code facetsEstimated},
 * estimated from a sample of the hits (a query matching tens of thousands of records); the total
 * and the counts per kind are always exact.
 */
public record SearchResults(
        String query,
        @Nullable String type,
        Map<String, String> filters,
        List<SearchHit> hits,
        long total,
        Map<String, Long> countsByType,
        Map<String, Map<String, Long>> facets,
        boolean facetsEstimated,
        int page,
        int size) {

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
