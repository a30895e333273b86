package vn.doimoi.market.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ServiceKind;

/** What the owner writes in a listing (validated at the edge, checked again in {@link Listings}). */
public record ListingContent(
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
        boolean anonymous,
        Set<String> fieldCodes,
        Set<CooperationMode> modes) {

    public ListingContent {
        fieldCodes = Set.copyOf(fieldCodes);
        modes = Set.copyOf(modes);
    }
}
