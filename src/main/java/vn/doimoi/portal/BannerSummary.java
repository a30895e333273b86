package vn.doimoi.portal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A banner: an uploaded image with alternative text, an optional link and an active period. */
public record BannerSummary(
        UUID id,
        String title,
        String imageUrl,
        @Nullable String link,
        BannerPosition position,
        LocalDate activeFrom,
        @Nullable LocalDate activeUntil) {}
