package vn.doimoi.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One published version of a rule: its values, read into the kind's record, and where each comes
 * from. {@code unverified} names the values (by path, e.g. {@code quorum.numerator}) that no legal
 * text confirmed; they are the Department's working values, shown as such on the rule pages only.
 */
public record RuleVersion<T>(
        String kind,
        String code,
        String title,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        LegalBasis basis,
        T values,
        Map<String, String> sources,
        Set<String> unverified) {

    public RuleVersion {
        sources = Map.copyOf(sources);
        unverified = Set.copyOf(unverified);
    }

    /** Whether the version is in force on a day. */
    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    /** Whether every value of the version is confirmed by a legal text. */
    public boolean verified() {
        return unverified.isEmpty();
    }

    public boolean isUnverified(String path) {
        return unverified.contains(path);
    }

    /** The source of one value, or the version's legal basis where the value names none. */
    public String sourceOf(String path) {
        return sources.getOrDefault(path, basis.citation());
    }
}
