package vn.doimoi.projects.execution;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.ExecutionViews.FileView;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.projects.support.UploadCheck;

/** The documents uploaded to a task (acceptance evidence, result attachments), for its page and its audit dossier. */
@Service
@Transactional
public class TaskFiles {

    private final TaskFileRepository files;
    private final ExecutionProperties properties;
    private final TaskAccess access;

    TaskFiles(TaskFileRepository files, ExecutionProperties properties, TaskAccess access) {
        this.files = files;
        this.properties = properties;
        this.access = access;
    }

    /** An uploaded document. */
    public record Upload(String filename, String contentType, byte[] bytes) {}

    /** A document to send back. */
    public record Download(String filename, String contentType, byte[] bytes) {}

    /** Keeps an uploaded document of the task (checked for its type and size), with its SHA-256. */
    public void store(UUID taskId, String kind, Upload upload) {
        if (upload.bytes().length == 0) {
            return;
        }
        UploadCheck.verify(upload.filename(), upload.contentType(), upload.bytes(), properties.maxFileBytes());
        files.save(new TaskFile(
                taskId,
                kind,
                safeName(upload.filename()),
                upload.contentType() == null ? "application/octet-stream" : upload.contentType(),
                sha256(upload.bytes()),
                upload.bytes(),
                access.clock().instant()));
    }

    /** The uploaded documents of a task, with their bytes (for the audit dossier). */
    @Transactional(readOnly = true)
    public List<Download> documents(CurrentUser actor, UUID taskId) {
        access.visible(actor, taskId);
        return files.findByTaskIdOrderByUploadedAt(taskId).stream()
                .map(f -> new Download(f.kind.toLowerCase(Locale.ROOT) + "/" + f.filename, f.contentType, f.bytes))
                .toList();
    }

    @Transactional(readOnly = true)
    public Download document(CurrentUser actor, UUID taskId, UUID fileId) {
        access.visible(actor, taskId);
        TaskFile file =
                files.findById(fileId).filter(f -> f.taskId.equals(taskId)).orElseThrow(TaskAccess::notFound);
        return new Download(file.filename, file.contentType, file.bytes);
    }

    @Transactional(readOnly = true)
    public List<FileView> views(UUID taskId) {
        return files.findByTaskIdOrderByUploadedAt(taskId).stream()
                .map(f -> new FileView(f.id, f.kind, f.filename, f.size, f.sha256))
                .toList();
    }

    private static String safeName(String filename) {
        String name = filename == null ? "tep" : filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return name.isBlank() ? "tep" : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
