package vn.doimoi.projects.selection;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import vn.doimoi.projects.support.StoredFile;

/** A file attached to a dossier: its kind, name, type found in its content, size and SHA-256. */
@Embeddable
class DossierFile {

    private int position;
    private UUID fileId;

    @Enumerated(EnumType.STRING)
    private DossierFileKind kind;

    private String fileName;
    private String contentType;
    private long fileSize;
    private String sha256;
    private Instant uploadedAt;

    protected DossierFile() {}

    DossierFile(int position, DossierFileKind kind, StoredFile file, Instant now) {
        this.position = position;
        this.fileId = UUID.randomUUID();
        this.kind = kind;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.fileSize = file.size();
        this.sha256 = file.sha256();
        this.uploadedAt = now;
    }

    int position() {
        return position;
    }

    UUID fileId() {
        return fileId;
    }

    DossierFileKind kind() {
        return kind;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long fileSize() {
        return fileSize;
    }

    String sha256() {
        return sha256;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
