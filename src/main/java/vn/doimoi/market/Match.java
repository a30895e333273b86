package vn.doimoi.market;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One matching result with its score in [0, 1] and the reasons behind it. */
public record Match(
        UUID listingId,
        ListingKind kind,
        String title,
        @Nullable Integer trl,
        double score,
        double textRelevance,
        List<MatchReason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    /** The score as a whole percentage, for display. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
