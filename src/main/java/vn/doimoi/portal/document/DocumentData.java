package vn.doimoi.portal.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.doimoi.portal.DocumentType;

/** What the library records of a document. */
public record DocumentData(
        DocumentType type,
        String number,
        String issuingBody,
        @Nullable String signer,
        LocalDate issuedOn,
        @Nullable LocalDate effectiveOn,
        String title,
        @Nullable String summary) {}
