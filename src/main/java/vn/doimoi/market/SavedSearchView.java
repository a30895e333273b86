package vn.doimoi.market;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A saved search with how often its owner hears of new listings that fit it. */
public record SavedSearchView(
        UUID id,
        String query,
        @Nullable ListingKind kind,
        @Nullable String fieldCode,
        String frequency,
        Instant lastNotifiedAt) {}
