package vn.doimoi.ecosystem.vouchers;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
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

/** Evidence of a delivery (minutes, reports, photos) in the shared {@link FileStore} (ADR 0041). */
@Component
public class VoucherFiles {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final FileStore store;
    private final FileRules rules = new FileRules(
            MAX_BYTES,
            Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG, FileTypes.DOCX, FileTypes.XLSX, FileTypes.ODT),
            refusal -> switch (refusal) {
                case EMPTY -> DomainException.invalid("file.error.empty");
                case TOO_LARGE -> DomainException.tooLarge("file.error.tooLarge", MAX_BYTES / 1024 / 1024);
                case TYPE -> DomainException.unsupportedType("vouchers.error.fileType");
            });

    VoucherFiles(FileStores stores, @Value("${doimoi.ecosystem.voucher-files-dir:data/voucher-files}") String root) {
        this.store = stores.area("ecosystem-vouchers", Path.of(root), DiskFileStore.Layout.BY_PREFIX);
    }

    /** Checks and keeps one evidence file. */
    public StoredContent keep(InputStream content, long declaredSize) {
        rules.checkDeclaredSize(declaredSize);
        return store.store(content, rules);
    }

    Optional<Resource> find(String key) {
        return store.find(key);
    }
}
