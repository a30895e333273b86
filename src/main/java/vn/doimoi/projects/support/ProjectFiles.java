package vn.doimoi.projects.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.DiskFileStore;
import vn.doimoi.shared.files.FileRules;
import vn.doimoi.shared.files.FileStore;
import vn.doimoi.shared.files.FileStores;
import vn.doimoi.shared.files.FileTypes;
import vn.doimoi.shared.files.StoredContent;

/**
 * Files of the module (decisions, dossier attachments) in the shared {@link FileStore}, under
 * {@code <files-dir>/<ab>/<sha256>} as always, so the same content is kept once and a receipt's
 * hash finds it again. The type is what Tika reads in the content, never what the browser claims.
 */
@Component
public class ProjectFiles {

    public static final String PDF = FileTypes.PDF;
    public static final String PNG = FileTypes.PNG;
    public static final String JPEG = FileTypes.JPEG;
    public static final String DOCX = FileTypes.DOCX;
    public static final String XLSX = FileTypes.XLSX;

    private final FileStore store;

    ProjectFiles(FileStores stores, @Value("${doimoi.projects.files-dir:data/projects-files}") String root) {
        this.store = stores.area("projects", Path.of(root), DiskFileStore.Layout.BY_PREFIX);
    }

    /** Keeps the bytes when their content is one of the allowed types and not larger than the limit. */
    public StoredFile store(@Nullable String fileName, byte[] bytes, Set<String> allowed, long maxBytes) {
        FileRules rules = new FileRules(maxBytes, allowed, refusal -> switch (refusal) {
            case EMPTY -> DomainException.invalid("task.file.error.empty");
            case TOO_LARGE -> DomainException.invalid("task.file.error.tooLarge", maxBytes / (1024 * 1024));
            case TYPE -> DomainException.invalid("task.file.error.type");
        });
        StoredContent stored = store.store(new ByteArrayInputStream(bytes), rules);
        return new StoredFile(safeName(fileName), stored.mediaType(), stored.size(), stored.sha256());
    }

    public byte[] read(String sha256) {
        Resource file = store.find(sha256).orElseThrow(() -> DomainException.notFound("task.file.error.missing"));
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw DomainException.notFound("task.file.error.missing");
        }
    }

    /** The accepted type the content is, or null; the name plays no part. */
    public static @Nullable String detect(String name, byte[] bytes) {
        String type = FileTypes.detect(bytes);
        return Set.of(PDF, PNG, JPEG, DOCX, XLSX).contains(type) ? type : null;
    }

    public static String safeName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
