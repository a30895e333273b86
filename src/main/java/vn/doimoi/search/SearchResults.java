package vn.doimoi.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A page of results with the number of hits of each kind (the type facet). */
public record SearchResults(
        String query,
        @Nullable String type,
        List<SearchHit> hits,
        long total,
        Map<String, Long> countsByType,
        int page,
        int size) {

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
