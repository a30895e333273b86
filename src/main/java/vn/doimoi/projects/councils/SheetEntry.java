package vn.doimoi.projects.councils;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a member writes on a score sheet, as entered (online by the member or from the signed
 * paper by STAFF): marks by criterion code, the vote to recommend where the council votes, a
 * comment. Not validated here: the council validates a sheet once, against its rule set.
 */
public record SheetEntry(
        Map<String, Integer> scores,
        @Nullable Boolean recommends,
        @Nullable String comment) {

    public SheetEntry {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public static SheetEntry of(Map<String, Integer> scores, @Nullable String comment) {
        return new SheetEntry(scores, null, comment);
    }
}
