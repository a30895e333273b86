package vn.doimoi.portal.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.portal.DocumentLibrary;
import vn.doimoi.portal.DocumentSummary;

/** The library's lookups for other modules, straight from the table (no search index to wait for). */
@Component
@Transactional(readOnly = true)
class DocumentLibraryLookup implements DocumentLibrary {

    private final DocumentRepository documents;

    DocumentLibraryLookup(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public Optional<DocumentSummary> document(UUID id) {
        return documents.findById(id).map(Document::toSummary);
    }

    @Override
    public List<DocumentSummary> byNumber(String number, int most) {
        String wanted = number.strip();
        if (wanted.isEmpty() || wanted.length() > 100) {
            return List.of();
        }
        return documents
                .findByNumberContainingIgnoreCaseOrderByIssuedOnDesc(
                        wanted, PageRequest.of(0, Math.max(1, Math.min(most, 50))))
                .stream()
                .map(Document::toSummary)
                .toList();
    }
}
