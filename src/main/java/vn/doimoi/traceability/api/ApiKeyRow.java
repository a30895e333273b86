package vn.doimoi.traceability.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A key as its organisation's members see it on the keys page: never its secret, only how it starts. */
public record ApiKeyRow(
        UUID id,
        String name,
        String secretStart,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
