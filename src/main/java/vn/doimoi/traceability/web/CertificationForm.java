package vn.doimoi.traceability.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.NewCertification;

/** A certification added to a product; its certificate file comes as a separate part. */
public record CertificationForm(
        @Nullable String name,
        @Nullable String issuer,
        @Nullable String number,
        @Nullable LocalDate expiresOn) {

    NewCertification certification() {
        return new NewCertification(name == null ? "" : name, issuer == null ? "" : issuer, number, expiresOn);
    }
}
