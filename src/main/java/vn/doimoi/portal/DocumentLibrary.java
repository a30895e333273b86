package vn.doimoi.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents library as other modules read it: a document by its id, and documents found by their
 * number (e.g. "267/2025" finds "267/2025/NĐ-CP"). Every document of the library is public at
 * {@link DocumentSummary#url()}.
 */
public interface DocumentLibrary {

    /** The document, if the library holds it. */
    Optional<DocumentSummary> document(UUID id);

    /** Up to {@code most} documents whose number holds {@code number}, the latest issued first. */
    List<DocumentSummary> byNumber(String number, int most);
}
