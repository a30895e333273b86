package vn.doimoi.rules;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a rule version rests on: the citation (number and article, e.g. "Luật 93/2025/QH15, Điều 9"),
 * the document in the portal's library that holds the text, and where it was read.
 */
public record LegalBasis(
        String citation,
        @Nullable UUID documentId,
        @Nullable String url) {

    public LegalBasis {
        citation = citation.strip();
    }
}
