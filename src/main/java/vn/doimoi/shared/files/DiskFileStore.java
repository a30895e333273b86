package vn.doimoi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * A {@link FileStore} on disk, in a folder outside the web root. The content is streamed to a
 * temporary file while its SHA-256 is computed and its size counted, its type is detected from
 * the file, and only then is it moved (atomically) to its name; a refused upload leaves nothing.
 * The {@link Layout} keeps the names each module has always used, so files stored before still
 * open.
 */
public final class DiskFileStore implements FileStore {

    /** How a key becomes a path under the root. */
    public enum Layout {
        /** {@code <root>/<sha256>} (the portal's attachments). */
        FLAT("[0-9a-f]{64}"),
        /** {@code <root>/<sha256>.<extension>} (the portal's images, served by that name). */
        FLAT_WITH_EXTENSION("[0-9a-f]{64}\\.[a-z0-9]{1,5}"),
        /** {@code <root>/<first two hex digits>/<sha256>} (the task files: no huge folder). */
        BY_PREFIX("[0-9a-f]{64}");

        private final Pattern key;

        Layout(String key) {
            this.key = Pattern.compile(key);
        }

        /** Whether this is a key of this layout (so never a path that leaves the folder). */
        boolean isKey(String candidate) {
            return key.matcher(candidate).matches();
        }

        /** The key content with this SHA-256 and type is kept under. */
        String key(String sha256, String type) {
            if (this != FLAT_WITH_EXTENSION) {
                return sha256;
            }
            String extension = FileTypes.extension(type);
            return sha256 + "." + (extension.isEmpty() ? "bin" : extension);
        }
    }

    private final Path root;
    private final Layout layout;

    public DiskFileStore(Path root, Layout layout) {
        this.root = root;
        this.layout = layout;
    }

    @Override
    public StoredContent store(InputStream content, FileRules rules) {
        try {
            SpooledContent spooled = SpooledContent.spool(content, root, rules);
            try {
                String key = key(spooled.sha256(), spooled.mediaType());
                keep(spooled.file(), path(key));
                return new StoredContent(key, spooled.sha256(), spooled.mediaType(), spooled.size());
            } finally {
                Files.deleteIfExists(spooled.file());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Resource> find(String key) {
        if (!layout.isKey(key)) {
            return Optional.empty();
        }
        Path path = path(key);
        return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
    }

    /** The same content is already there under the same name: the first copy stays. */
    private static void keep(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // stored at the same moment by another upload of the same content
        }
    }

    String key(String sha256, String type) {
        return layout.key(sha256, type);
    }

    Layout layout() {
        return layout;
    }

    Path root() {
        return root;
    }

    /** The file kept under this key, whether it exists or not. */
    Path path(String key) {
        return layout == Layout.BY_PREFIX ? root.resolve(key.substring(0, 2)).resolve(key) : root.resolve(key);
    }
}
