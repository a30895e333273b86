package vn.doimoi.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A listing as an outside catalogue gives it ({@link ListingImport}).
 *
 * @param ownerId the organisation that offers or asks
 * @param writtenAt when the owner first wrote it
 */
public record ImportedListing(
        ListingKind kind,
        UUID ownerId,
        String title,
        String summary,
        @Nullable String problem,
        @Nullable String advantages,
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
        Set<CooperationMode> modes,
        Instant writtenAt) {

    public ImportedListing {
        fieldCodes = Set.copyOf(fieldCodes);
        modes = Set.copyOf(modes);
    }
}
