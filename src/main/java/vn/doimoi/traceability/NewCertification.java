package vn.doimoi.traceability;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certification of a product (VietGAP, organic …) with its issuer and expiry. */
public record NewCertification(
        String name,
        String issuer,
        @Nullable String number,
        @Nullable LocalDate expiresOn) {}
