package vn.doimoi.traceability.catalogue;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A product's certification; {@code hasFile} when its certificate was uploaded. */
public record CertificationRow(
        UUID id,
        UUID productId,
        String name,
        String issuer,
        @Nullable String number,
        @Nullable LocalDate expiresOn,
        boolean hasFile) {

    /** Whether it has expired on this day (shown, never hidden: a consumer should see it). */
    public boolean expiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }
}
