package vn.doimoi.traceability.catalogue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
import vn.doimoi.shared.image.ImageScaling;

/**
 * Product pictures and certificates in the shared {@link FileStore} (ADR 0041). A picture is scaled
 * to {@value #WIDTH} px and kept as JPEG, because the consumer page is opened on a slow phone
 * connection and must never download a camera's 5 MB original.
 */
@Component
public class ProductFiles {

    static final int WIDTH = 640;
    private static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final long MAX_PIXELS = 40_000_000L;

    private final FileStore store;
    private final FileRules images = rules(FileTypes.IMAGES);
    private final FileRules certificates = rules(Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG));

    ProductFiles(FileStores stores, @Value("${doimoi.traceability.files-dir:data/traceability-files}") String root) {
        this.store = stores.area("traceability-products", Path.of(root), DiskFileStore.Layout.BY_PREFIX);
    }

    private static FileRules rules(Set<String> accepted) {
        return new FileRules(MAX_BYTES, accepted, refusal -> switch (refusal) {
            case EMPTY -> DomainException.invalid("file.error.empty");
            case TOO_LARGE -> DomainException.tooLarge("file.error.tooLarge", MAX_BYTES / 1024 / 1024);
            case TYPE -> DomainException.unsupportedType("traceability.error.fileType");
        });
    }

    /** Checks an uploaded picture, scales it to the consumer page's width and keeps it as JPEG. */
    public StoredFile picture(InputStream content, long declaredSize) {
        images.checkDeclaredSize(declaredSize);
        byte[] bytes = images.readChecked(content);
        BufferedImage image;
        try {
            image = ImageScaling.decode(bytes, MAX_PIXELS);
        } catch (ImageScaling.UnreadableImage e) {
            throw DomainException.invalid("file.error.notAnImage");
        }
        byte[] jpeg = ImageScaling.jpeg(image.getWidth() > WIDTH ? ImageScaling.scaled(image, WIDTH) : image);
        StoredContent stored = store.store(new ByteArrayInputStream(jpeg), images);
        return new StoredFile(stored.key(), stored.mediaType());
    }

    /** Checks and keeps a certificate (PDF or a photo of it). */
    public StoredFile certificate(InputStream content, long declaredSize) {
        certificates.checkDeclaredSize(declaredSize);
        StoredContent stored = store.store(content, certificates);
        return new StoredFile(stored.key(), stored.mediaType());
    }

    public Optional<byte[]> read(StoredFile file) {
        Optional<Resource> resource = store.find(file.key());
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
