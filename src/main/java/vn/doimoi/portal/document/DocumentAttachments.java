package vn.doimoi.portal.document;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.portal.AttachmentSummary;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.files.DiskFileStore;
import vn.doimoi.shared.files.FileRules;
import vn.doimoi.shared.files.FileStore;
import vn.doimoi.shared.files.FileStores;
import vn.doimoi.shared.files.StoredContent;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Files attached to library documents: checked by their content ({@link FileTypes}), at most 20
 * MB, kept in the shared {@link FileStore} under {@code <files-dir>/attachments/<sha256>} (where
 * they always were) and served with their name and real type.
 */
@Service
@Transactional
public class DocumentAttachments {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final AttachmentRepository attachments;
    private final DocumentRepository documents;
    private final FileStore store;
    private final FileRules rules = new FileRules(MAX_BYTES, FileTypes.ACCEPTED, refusal -> switch (refusal) {
        case EMPTY -> DomainException.invalid("file.error.empty");
        case TOO_LARGE -> DomainException.invalid("file.error.tooLarge", MAX_BYTES / 1024 / 1024);
        case TYPE -> DomainException.invalid("portal.error.attachmentType");
    });
    private final AuditLog audit;
    private final Clock clock;

    DocumentAttachments(
            AttachmentRepository attachments,
            DocumentRepository documents,
            PortalProperties properties,
            FileStores stores,
            AuditLog audit,
            Clock clock) {
        this.attachments = attachments;
        this.documents = documents;
        this.store = stores.area(
                "portal-attachments", properties.filesDir().resolve("attachments"), DiskFileStore.Layout.FLAT);
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored attachment ready to be sent: where it is and what to call it. */
    public record Download(Resource content, String fileName, String contentType, long sizeBytes) {}

    public UUID attach(UUID documentId, @Nullable String originalName, InputStream content, long size) {
        if (!documents.existsById(documentId)) {
            throw new NotFoundException("document", documentId);
        }
        rules.checkDeclaredSize(size);
        StoredContent stored = store.store(content, rules);
        FileTypes.FileType type = FileTypes.of(stored.mediaType()).orElseThrow();
        String name = fileName(originalName, type);
        String contentType =
                type == FileTypes.OLE2 && name.toLowerCase(Locale.ROOT).endsWith(".xls")
                        ? "application/vnd.ms-excel"
                        : type.mediaType();
        Attachment attachment = new Attachment(
                UUID.randomUUID(), documentId, name, contentType, stored.size(), stored.sha256(), clock.instant());
        attachments.save(attachment);
        audit.record(
                "document.attachmentAdded", Documents.ENTITY, documentId.toString(), null, attachment.auditState());
        return attachment.id();
    }

    public void remove(UUID documentId, UUID attachmentId) {
        Attachment attachment = load(documentId, attachmentId);
        attachments.delete(attachment);
        audit.record(
                "document.attachmentRemoved", Documents.ENTITY, documentId.toString(), attachment.auditState(), null);
        // the bytes stay on disk: another attachment may share them, and the audit trail names them
    }

    @Transactional(readOnly = true)
    public List<AttachmentSummary> of(UUID documentId) {
        return attachments.findByDocumentIdOrderByCreatedAtAsc(documentId).stream()
                .map(Attachment::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Download download(UUID documentId, UUID attachmentId) {
        Attachment attachment = load(documentId, attachmentId);
        Resource content =
                store.find(attachment.sha256()).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        AttachmentSummary summary = attachment.toSummary();
        return new Download(content, summary.fileName(), summary.contentType(), summary.sizeBytes());
    }

    /**
     * The name a download gets: the uploaded name without any folder or control characters, NFC,
     * at most 150 characters, and always ending with the extension of what the bytes really are.
     */
    static String fileName(@Nullable String originalName, FileTypes.FileType type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = VietnameseText.nfc(name).replaceAll("[\\p{Cntrl}\"]", "").strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean oleName = type == FileTypes.OLE2 && (lower.endsWith(".doc") || lower.endsWith(".xls"));
        if (!oleName && !lower.endsWith("." + type.extension())) {
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            name = (base.isBlank() ? "tep-dinh-kem" : base) + "." + type.extension();
        }
        if (name.startsWith(".")) {
            name = "tep-dinh-kem" + name;
        }
        if (name.length() > 150) {
            int dot = name.lastIndexOf('.');
            name = name.substring(0, 150 - (name.length() - dot)) + name.substring(dot);
        }
        return name;
    }

    private Attachment load(UUID documentId, UUID attachmentId) {
        return attachments
                .findById(attachmentId)
                .filter(a -> a.documentId().equals(documentId))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }
}
