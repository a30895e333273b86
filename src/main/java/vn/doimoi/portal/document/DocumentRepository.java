package vn.doimoi.portal.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, UUID> {

    Optional<Document> findByNumberKeyAndIssuingBody(String numberKey, String issuingBody);

    List<Document> findTop5ByOrderByIssuedOnDesc();

    List<Document> findAllByOrderByIssuedOnDesc();

    /** Documents whose number holds the text (the rule book's legal basis picker). */
    List<Document> findByNumberContainingIgnoreCaseOrderByIssuedOnDesc(String number, Pageable page);
}
