package vn.doimoi.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.document.DocumentData;

/** The document form. */
public record DocumentForm(
        @NotNull DocumentType type,
        @NotBlank @Size(max = 100) String number,
        @NotBlank @Size(max = 300) String issuingBody,
        @Nullable @Size(max = 200) String signer,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate issuedOn,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveOn,

        @NotBlank @Size(max = 1000) String title,
        @Nullable @Size(max = 10_000) String summary,
        long version) {

    public static DocumentForm empty() {
        return new DocumentForm(DocumentType.DECISION, "", "", "", null, null, "", "", 0);
    }

    static DocumentForm of(DocumentData data, long version) {
        return new DocumentForm(
                data.type(),
                data.number(),
                data.issuingBody(),
                data.signer(),
                data.issuedOn(),
                data.effectiveOn(),
                data.title(),
                data.summary(),
                version);
    }

    DocumentData data() {
        return new DocumentData(type, number, issuingBody, signer, issuedOn, effectiveOn, title, summary);
    }

    public String value(@Nullable Object field) {
        return field == null ? "" : field.toString();
    }
}
