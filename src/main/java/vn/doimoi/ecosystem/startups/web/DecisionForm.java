package vn.doimoi.ecosystem.startups.web;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** STAFF's decision as posted: the criteria ticked, a note (the reasons, for a refusal), the version read. */
public record DecisionForm(
        @Nullable List<String> criteria, @Nullable String note, long version) {

    Set<String> confirmed() {
        return criteria == null
                ? Set.of()
                : Set.copyOf(criteria.stream().filter(c -> c != null).toList());
    }

    String text() {
        return note == null ? "" : note;
    }
}
