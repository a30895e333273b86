package vn.doimoi.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.portal.AttachmentSummary;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Files attached to library documents: checked by their bytes ({@link FileTypes}), at most 20 MB,
 * stored under {@code <files-dir>/attachments/<sha256>} and served with their name and real type.
 */
@Service
@Transactional
public class DocumentAttachments {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final AttachmentRepository attachments;
    private final DocumentRepository documents;
    private final PortalProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    DocumentAttachments(
            AttachmentRepository attachments,
            DocumentRepository documents,
            PortalProperties properties,
            AuditLog audit,
            Clock clock) {
        this.attachments = attachments;
        this.documents = documents;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored attachment ready to be sent: where it is and what to call it. */
    public record Download(Path path, String fileName, String contentType, long sizeBytes) {}

    public UUID attach(UUID documentId, @Nullable String originalName, InputStream content, long size) {
        if (!documents.existsById(documentId)) {
            throw new NotFoundException("document", documentId);
        }
        if (size <= 0) {
            throw DomainException.invalid("file.error.empty");
        }
        if (size > MAX_BYTES) {
            throw DomainException.invalid("file.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw DomainException.invalid("file.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw DomainException.invalid("file.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        FileTypes.FileType type =
                FileTypes.detect(bytes).orElseThrow(() -> DomainException.invalid("portal.error.attachmentType"));
        String name = fileName(originalName, type);
        String contentType =
                type == FileTypes.OLE2 && name.toLowerCase(Locale.ROOT).endsWith(".xls")
                        ? "application/vnd.ms-excel"
                        : type.mediaType();
        String sha256 = store(bytes);
        Attachment attachment =
                new Attachment(UUID.randomUUID(), documentId, name, contentType, bytes.length, sha256, clock.instant());
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
        Path path = directory().resolve(attachment.sha256());
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        AttachmentSummary summary = attachment.toSummary();
        return new Download(path, summary.fileName(), summary.contentType(), summary.sizeBytes());
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

    private String store(byte[] bytes) {
        try {
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            Path dir = directory();
            Files.createDirectories(dir);
            Path target = dir.resolve(sha256);
            if (!Files.exists(target)) {
                Path temporary = Files.createTempFile(dir, "upload-", ".tmp");
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path directory() {
        return properties.filesDir().resolve("attachments");
    }

    private Attachment load(UUID documentId, UUID attachmentId) {
        return attachments
                .findById(attachmentId)
                .filter(a -> a.documentId().equals(documentId))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }
}
