package vn.doimoi.portal.banner;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.DiskFileStore;
import vn.doimoi.shared.files.FileRules;
import vn.doimoi.shared.files.FileStore;
import vn.doimoi.shared.files.FileStores;
import vn.doimoi.shared.files.FileTypes;
import vn.doimoi.shared.image.ImageScaling;

/**
 * Uploaded images, checked by their content (PNG, JPEG, GIF, WebP, not the name or the declared
 * type), size-limited, and kept in the shared {@link FileStore} under {@code
 * <files-dir>/<sha256>.<extension>}, outside the web root: the names pages link to.
 */
@Service
public class StoredFiles {

    /** Pictures we encode ourselves are not uploads: only a sanity bound applies to them. */
    private static final long ENCODED_LIMIT = 256L * 1024 * 1024;

    private final FileRules uploads;
    private final FileRules encoded;
    private final FileStore store;

    StoredFiles(PortalProperties properties, FileStores stores) {
        this.uploads = imageRules(properties.maxImageBytes());
        this.encoded = imageRules(ENCODED_LIMIT);
        this.store = stores.area("portal-images", properties.filesDir(), DiskFileStore.Layout.FLAT_WITH_EXTENSION);
    }

    private static FileRules imageRules(long maxBytes) {
        return new FileRules(maxBytes, FileTypes.IMAGES, refusal -> switch (refusal) {
            case EMPTY -> DomainException.invalid("file.error.empty");
            case TOO_LARGE -> DomainException.invalid("file.error.tooLarge", maxBytes / 1024 / 1024);
            case TYPE -> DomainException.invalid("file.error.notAnImage");
        });
    }

    /** Stores the image and returns its public URL, e.g. {@code /files/ab…cd.png}. */
    public String storeImage(InputStream content, long size) {
        return store(readImage(content, size));
    }

    /**
     * Reads an upload of at most {@link PortalProperties#maxImageBytes()} and checks by its content
     * that it is a PNG, JPEG, GIF or WebP image, whatever its name or declared type says.
     */
    byte[] readImage(InputStream content, long size) {
        uploads.checkDeclaredSize(size);
        return uploads.readChecked(content);
    }

    /** Stores an image under its SHA-256 and its type's extension, and returns the public URL. */
    String store(byte[] image) {
        return "/files/" + store.store(new ByteArrayInputStream(image), encoded).key();
    }

    /** A stored file by its name; nothing for names that are not ours (no path tricks). */
    public Optional<Resource> find(String name) {
        return store.find(name);
    }

    public static String mediaType(String name) {
        if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".jpg")) {
            return "image/jpeg";
        } else if (name.endsWith(".gif")) {
            return "image/gif";
        }
        return "image/webp";
    }

    /** The image type from the content. */
    static Optional<String> imageType(byte[] b) {
        return ImageScaling.type(b);
    }
}
