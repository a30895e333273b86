package vn.doimoi.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A listing as one reader may see it: {@code owner} and {@code ownerName} are null when the
 * listing is anonymous and the reader is not entitled to know the owner.
 */
public record ListingView(
        UUID id,
        ListingKind kind,
        ListingStatus status,
        String title,
        String summary,
        @Nullable String problem,
        @Nullable String advantages,
        @Nullable String currentSolution,
        @Nullable String requirements,
        @Nullable String timeFrame,
        @Nullable Integer trl,
        @Nullable IpStatus ipStatus,
        @Nullable ServiceKind serviceKind,
        @Nullable BigDecimal priceMin,
        @Nullable BigDecimal priceMax,
        @Nullable String region,
        LocalDate validUntil,
        Instant confirmedAt,
        @Nullable Instant publishedAt,
        List<String> fieldCodes,
        Set<CooperationMode> modes,
        boolean anonymous,
        boolean stateFunded,
        Screening screening,
        @Nullable String screeningNote,
        @Nullable String screeningRule,
        @Nullable String reviewNote,
        @Nullable UUID owner,
        @Nullable String ownerName,
        boolean mine,
        long version,
        List<String> changedFields) {

    public ListingView {
        fieldCodes = List.copyOf(fieldCodes);
        changedFields = List.copyOf(changedFields);
        modes = Set.copyOf(modes);
    }

    public boolean ownerHidden() {
        return owner == null;
    }
}
