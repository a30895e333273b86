package vn.doimoi.traceability.catalogue;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A product as the pages show it. */
public record ProductRow(
        UUID id,
        UUID organisationId,
        String gtin,
        String name,
        @Nullable String description,
        @Nullable String standards,
        boolean hasImage,
        long rowVersion) {}
