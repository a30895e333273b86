package vn.doimoi.ecosystem.funds;

import java.io.IOException;
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

/**
 * The evidence of a spending (an invoice, a contract, an acceptance record) in the shared file store:
 * a PDF or a photo of the paper, checked by its content, since a tax inspection may ask for it.
 */
@Component
public class FundFiles {

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final FileStore store;
    private final FileRules rules =
            new FileRules(MAX_BYTES, Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG), refusal -> switch (refusal) {
                case EMPTY -> DomainException.invalid("funds.error.evidenceMissing");
                case TOO_LARGE -> DomainException.tooLarge("file.error.tooLarge", MAX_BYTES / 1024 / 1024);
                case TYPE -> DomainException.unsupportedType("funds.error.evidenceType");
            });

    FundFiles(FileStores stores, @Value("${doimoi.ecosystem.funds.files-dir:data/fund-files}") String root) {
        this.store = stores.area("ecosystem-funds", Path.of(root), DiskFileStore.Layout.BY_PREFIX);
    }

    /** Checks and keeps an evidence file. */
    public Evidence keep(InputStream content, long declaredSize, String name) {
        rules.checkDeclaredSize(declaredSize);
        StoredContent stored = store.store(content, rules);
        String shown = name.isBlank() ? "chung-tu" : name.strip();
        return new Evidence(stored.key(), stored.mediaType(), shown.length() > 200 ? shown.substring(0, 200) : shown);
    }

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

    /** A kept evidence file: its key in the store, its checked type and the name it was sent with. */
    public record Evidence(String key, String mediaType, String name) {}
}
