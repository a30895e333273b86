package vn.doimoi.rules.book;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What STAFF sets on a draft: its title and legal basis, and per value (by path) the value, its source
 * and whether it is unverified.
 */
public record DraftEdit(
        String title,
        String citation,
        @Nullable UUID documentId,
        @Nullable String url,
        Map<String, String> values,
        Map<String, String> sources,
        Set<String> unverified) {

    public DraftEdit {
        values = Map.copyOf(values);
        sources = Map.copyOf(sources);
        unverified = Set.copyOf(unverified);
    }
}
