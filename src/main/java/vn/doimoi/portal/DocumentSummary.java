package vn.doimoi.portal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A document of the library: number (số ký hiệu), type, issuing body, signer, dates and summary. */
public record DocumentSummary(
        UUID id,
        DocumentType type,
        String number,
        String issuingBody,
        @Nullable String signer,
        LocalDate issuedOn,
        @Nullable LocalDate effectiveOn,
        String title,
        @Nullable String summary) {

    public String url() {
        return "/documents/" + id;
    }
}
