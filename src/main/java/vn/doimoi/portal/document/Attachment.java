package vn.doimoi.portal.document;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.doimoi.portal.AttachmentSummary;

/** A file attached to a document; the bytes are on disk under their SHA-256. */
@Entity
@Table(schema = "portal", name = "document_attachment")
class Attachment {

    @Id
    private UUID id;

    private UUID documentId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private Instant createdAt;

    protected Attachment() {}

    Attachment(
            UUID id,
            UUID documentId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            Instant createdAt) {
        this.id = id;
        this.documentId = documentId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID documentId() {
        return documentId;
    }

    String sha256() {
        return sha256;
    }

    AttachmentSummary toSummary() {
        return new AttachmentSummary(id, documentId, fileName, contentType, sizeBytes);
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("documentId", documentId.toString());
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("sizeBytes", sizeBytes);
        state.put("sha256", sha256);
        return state;
    }
}
