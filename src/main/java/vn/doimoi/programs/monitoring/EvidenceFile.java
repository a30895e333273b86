package vn.doimoi.programs.monitoring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.doimoi.programs.ReportView;

/** A file attached to a report as evidence; its bytes are kept once per SHA-256 in {@link FileContent}. */
@Entity
@Table(schema = "programs", name = "evidence_file")
class EvidenceFile {

    @Id
    private UUID id;

    private UUID reportId;
    private String filename;
    private String contentType;
    private long size;
    private String sha256;
    private Instant uploadedAt;

    protected EvidenceFile() {}

    EvidenceFile(UUID reportId, String filename, String contentType, long size, String sha256, Instant now) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID reportId() {
        return reportId;
    }

    String sha256() {
        return sha256;
    }

    String filename() {
        return filename;
    }

    String contentType() {
        return contentType;
    }

    ReportView.Evidence toView() {
        return new ReportView.Evidence(id, filename, contentType, size, sha256);
    }
}
