package vn.doimoi.market.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A deal's registration certificate, as the "registered" form sends it (ADR 0038). */
record RegistrationForm(
        @Nullable String certificateNumber, @Nullable LocalDate certificateDate) {

    String number() {
        return certificateNumber == null ? "" : certificateNumber;
    }
}
