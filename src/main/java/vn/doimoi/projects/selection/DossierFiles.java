package vn.doimoi.projects.selection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationProfile;
import vn.doimoi.directory.PersonCv;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.selection.Views.DossierView;
import vn.doimoi.projects.selection.Views.Ref;
import vn.doimoi.projects.support.ProjectFiles;
import vn.doimoi.projects.support.StoredFile;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * What a dossier reuses and attaches: the applicant's organisation profile and the CVs of its PI
 * and key members read from the directory (never retyped), and attached files (partner
 * confirmations, legal status, others) kept as real files, checked by content and size.
 */
@Service
@Transactional
public class DossierFiles {

    /** At most 20 files of up to 10 MB each (PDF, images, Word or Excel). */
    static final int MAX_FILES = 20;

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Set<String> ACCEPTED =
            Set.of(ProjectFiles.PDF, ProjectFiles.PNG, ProjectFiles.JPEG, ProjectFiles.DOCX, ProjectFiles.XLSX);

    private final DossierRepository dossiers;
    private final CallRepository calls;
    private final Dossiers desk;
    private final ProjectFiles files;
    private final Directory directory;
    private final CallAccess access;
    private final AuditLog audit;
    private final Clock clock;

    DossierFiles(
            DossierRepository dossiers,
            CallRepository calls,
            Dossiers desk,
            ProjectFiles files,
            Directory directory,
            CallAccess access,
            AuditLog audit,
            Clock clock) {
        this.dossiers = dossiers;
        this.calls = calls;
        this.desk = desk;
        this.files = files;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public record Attachment(
            UUID fileId,
            DossierFileKind kind,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant uploadedAt) {}

    /** The team and organisation as the directory describes them. */
    public record Team(
            @Nullable OrganisationProfile applicant,
            @Nullable PersonCv principalInvestigator,
            List<PersonCv> keyMembers) {}

    public record Content(String fileName, String contentType, byte[] bytes) {}

    /** A member of the applicant attaches a file to the draft dossier before the deadline. */
    public UUID attach(UUID dossierId, long version, DossierFileKind kind, @Nullable String fileName, byte[] bytes) {
        Dossier dossier = own(dossierId);
        access.requireVersion(dossier.version(), version);
        boolean open = acceptsDossiers(dossier);
        StoredFile stored = files.store(fileName, bytes, ACCEPTED, MAX_BYTES);
        DossierFile file = dossier.attach(kind, stored, open, MAX_FILES, clock.instant());
        dossiers.saveAndFlush(dossier);
        audit.record(
                "dossier.fileAttached",
                "projects.dossier",
                dossierId.toString(),
                null,
                Map.of("file", stored.fileName(), "kind", kind.name(), "sha256", stored.sha256()));
        return file.fileId();
    }

    public void detach(UUID dossierId, long version, UUID fileId) {
        Dossier dossier = own(dossierId);
        access.requireVersion(dossier.version(), version);
        dossier.detach(fileId, acceptsDossiers(dossier), clock.instant());
        dossiers.saveAndFlush(dossier);
        audit.record(
                "dossier.fileRemoved",
                "projects.dossier",
                dossierId.toString(),
                Map.of("file", fileId.toString()),
                null);
    }

    /** The files of a dossier, for whoever may read the dossier. */
    @Transactional(readOnly = true)
    public List<Attachment> attachments(UUID dossierId) {
        desk.dossier(dossierId);
        return load(dossierId).files().stream()
                .map(f -> new Attachment(
                        f.fileId(), f.kind(), f.fileName(), f.contentType(), f.fileSize(), f.sha256(), f.uploadedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Content content(UUID dossierId, UUID fileId) {
        desk.dossier(dossierId);
        DossierFile file = load(dossierId).files().stream()
                .filter(f -> f.fileId().equals(fileId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return new Content(file.fileName(), file.contentType(), files.read(file.sha256()));
    }

    /** The applicant's profile and the team's CVs for a dossier the caller may already read. */
    @Transactional(readOnly = true)
    public Team team(DossierView dossier) {
        return new Team(
                directory.organisationProfile(dossier.applicant().id()).orElse(null),
                Optional.ofNullable(dossier.principalInvestigator())
                        .flatMap(ref -> directory.cv(ref.id()))
                        .orElse(null),
                dossier.keyMembers().stream()
                        .map(Ref::id)
                        .map(directory::cv)
                        .flatMap(Optional::stream)
                        .toList());
    }

    private boolean acceptsDossiers(Dossier dossier) {
        return calls.findById(dossier.callId())
                .map(call -> call.acceptsDossiers(clock.instant()))
                .orElse(false);
    }

    private Dossier own(UUID id) {
        Dossier dossier = load(id);
        CurrentUser actor = access.signedIn();
        if (!actor.actsFor(dossier.applicantOrganisationId())) {
            throw DomainException.forbidden("dossier.error.forbidden");
        }
        return dossier;
    }

    private Dossier load(UUID id) {
        return dossiers.findById(id).orElseThrow(() -> new NotFoundException("projects", "?"));
    }
}
