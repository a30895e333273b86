package vn.doimoi.portal.document;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.portal.DocumentSummary;
import vn.doimoi.shared.references.Reference;
import vn.doimoi.shared.references.ReferenceSource;
import vn.doimoi.shared.references.References;

/** The library's document bearing a number, for the pages that rest on it or cite it. */
@Component
class DocumentReferences implements ReferenceSource {

    private final Documents documents;

    DocumentReferences(Documents documents) {
        this.documents = documents;
    }

    @Override
    public List<Reference> about(String number) {
        return documents.search(new DocumentQuery(null, number, null, null, null, null), 0, 5).items().stream()
                .filter(document -> References.sameNumber(document.number(), number))
                .map(DocumentReferences::reference)
                .toList();
    }

    private static Reference reference(DocumentSummary document) {
        return new Reference("reference.document", document.number() + " — " + document.title(), document.url());
    }
}
