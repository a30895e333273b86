package vn.doimoi.market.deal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.DiskFileStore;
import vn.doimoi.shared.files.FileRules;
import vn.doimoi.shared.files.FileStore;
import vn.doimoi.shared.files.FileStores;
import vn.doimoi.shared.files.FileTypes;
import vn.doimoi.shared.files.StoredContent;
import vn.doimoi.shared.files.UploadedNames;

/**
 * The files of deal threads, in the shared file store (ADR 0041): at most 10 MB, and by their
 * content a PDF, a picture or an office document (what parties exchange while negotiating: offers,
 * drawings, draft contracts); anything else is refused before it is kept.
 */
@Component
class DealFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    static final FileRules RULES = new FileRules(
            MAX_BYTES,
            Set.of(
                    FileTypes.PDF,
                    FileTypes.PNG,
                    FileTypes.JPEG,
                    FileTypes.DOCX,
                    FileTypes.XLSX,
                    FileTypes.PPTX,
                    FileTypes.ODT,
                    FileTypes.ODS,
                    FileTypes.OLE2),
            refusal -> switch (refusal) {
                case EMPTY -> DomainException.invalid("market.thread.error.emptyFile");
                case TOO_LARGE -> DomainException.tooLarge("market.thread.error.tooLarge", MAX_BYTES / (1024 * 1024));
                case TYPE -> DomainException.unsupportedType("market.thread.error.type");
            });

    private final FileStore store;

    DealFiles(FileStores stores, @Value("${doimoi.market.deal-files-dir:data/market-deal-files}") String root) {
        this.store = stores.area("market-deals", Path.of(root), DiskFileStore.Layout.BY_PREFIX);
    }

    StoredContent keep(DealMessages.Upload upload) {
        RULES.checkDeclaredSize(upload.size());
        return store.store(upload.content(), RULES);
    }

    Optional<InputStream> open(String key) {
        return store.find(key).map(resource -> {
            try {
                return resource.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The name a reader who may not know an anonymous owner sees instead of the uploaded one. */
    static String neutralName(@Nullable String type) {
        String extension = type == null ? "" : FileTypes.extension(type);
        return "tep-dinh-kem" + (extension.isEmpty() ? "" : "." + extension);
    }

    /** The uploaded name without folders or control characters; a neutral one when none is left. */
    static String safeName(@Nullable String fileName, String type) {
        return UploadedNames.safe(fileName, neutralName(type));
    }
}
