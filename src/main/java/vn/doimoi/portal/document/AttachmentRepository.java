package vn.doimoi.portal.document;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByDocumentIdOrderByCreatedAtAsc(UUID documentId);

    boolean existsBySha256(String sha256);
}
