package vn.doimoi.traceability;

import org.jspecify.annotations.Nullable;

/**
 * A farm, plant or warehouse of an enterprise.
 *
 * @param gln its 13-digit GLN with a valid check digit
 * @param communeCode a commune of the province's official list (module {@code places})
 */
public record NewLocation(
        String gln,
        String name,
        LocationKind kind,
        String communeCode,
        @Nullable String street) {}
