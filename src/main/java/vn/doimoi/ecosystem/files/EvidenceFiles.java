package vn.doimoi.ecosystem.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.DiskFileStore;
import vn.doimoi.shared.files.FileRules;
import vn.doimoi.shared.files.FileStore;
import vn.doimoi.shared.files.FileStores;
import vn.doimoi.shared.files.FileTypes;
import vn.doimoi.shared.files.StoredContent;

/**
 * Evidence files of an ecosystem area in the shared {@link FileStore}: PDF, pictures and office
 * files up to 20 MB, checked by their content and kept by their hash. Each area extends it with its
 * own directory and the message that names a refused type in its words.
 */
public class EvidenceFiles {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    /** What an evidence file may be: minutes, reports, confirmations as PDF or office files, and photos. */
    public static final Set<String> TYPES =
            Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG, FileTypes.DOCX, FileTypes.XLSX, FileTypes.ODT);

    private final FileStore store;
    private final FileRules rules;

    protected EvidenceFiles(FileStores stores, String area, String root, String typeRefusedKey) {
        this.store = stores.area(area, Path.of(root), DiskFileStore.Layout.BY_PREFIX);
        this.rules = new FileRules(MAX_BYTES, TYPES, refusal -> switch (refusal) {
            case EMPTY -> DomainException.invalid("file.error.empty");
            case TOO_LARGE -> DomainException.tooLarge("file.error.tooLarge", MAX_BYTES / 1024 / 1024);
            case TYPE -> DomainException.unsupportedType(typeRefusedKey);
        });
    }

    /** Checks and keeps one evidence file. */
    public StoredContent keep(InputStream content, long declaredSize) {
        rules.checkDeclaredSize(declaredSize);
        return store.store(content, rules);
    }

    /** A kept file, if it is still there. */
    public Optional<Resource> find(String key) {
        return store.find(key);
    }

    /** The bytes of a kept file, if it is still there and readable. */
    public Optional<byte[]> read(String key) {
        Optional<Resource> resource = store.find(key);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = resource.get().getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
