package vn.doimoi.programs.monitoring;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring.Download;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring.Upload;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;

/**
 * The files an agency attaches to a report: size-limited, type-checked by content, stored once by
 * SHA-256 however many reports attach them.
 */
@Component
class ReportEvidence {

    private final EvidenceFileRepository evidence;
    private final FileContentRepository files;
    private final MonitoringRecords records;
    private final ProgramsProperties properties;

    ReportEvidence(
            EvidenceFileRepository evidence,
            FileContentRepository files,
            MonitoringRecords records,
            ProgramsProperties properties) {
        this.evidence = evidence;
        this.files = files;
        this.records = records;
        this.properties = properties;
    }

    void store(UUID reportId, List<Upload> uploads, Instant now) {
        for (Upload upload : uploads) {
            if (upload.bytes().length == 0) {
                continue;
            }
            if (upload.bytes().length > properties.maxEvidenceBytes()) {
                throw DomainException.invalid(
                        "programs.error.evidenceTooLarge", properties.maxEvidenceBytes() / (1024 * 1024));
            }
            String filename = EvidenceTypes.safeFilename(upload.filename());
            String contentType = EvidenceTypes.detect(filename, upload.bytes());
            if (contentType == null) {
                throw DomainException.invalid("programs.error.evidenceType", filename);
            }
            String sha256 = sha256(upload.bytes());
            if (!files.existsById(sha256)) {
                files.save(new FileContent(sha256, upload.bytes()));
            }
            evidence.save(new EvidenceFile(reportId, filename, contentType, upload.bytes().length, sha256, now));
        }
    }

    Download download(CurrentUser actor, UUID reportId, UUID fileId) {
        records.visibleReport(actor, reportId);
        EvidenceFile file = evidence.findById(fileId)
                .filter(f -> f.reportId().equals(reportId))
                .orElseThrow(() -> new NotFoundException("evidence", fileId));
        FileContent content = files.findById(file.sha256()).orElseThrow();
        return new Download(file.filename(), file.contentType(), content.content());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
