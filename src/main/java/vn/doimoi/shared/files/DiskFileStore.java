package vn.doimoi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    }

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Layout layout;

    public DiskFileStore(Path root, Layout layout) {
        this.root = root;
        this.layout = layout;
    }

    @Override
    public StoredContent store(InputStream content, FileRules rules) {
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, "upload-", ".tmp");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long size = copy(content, temporary, digest, rules.maxBytes());
                rules.checkSize(size);
                String type = FileTypes.detect(temporary);
                rules.checkType(type);
                String sha256 = HexFormat.of().formatHex(digest.digest());
                String key = key(sha256, type);
                keep(temporary, path(key));
                return new StoredContent(key, sha256, type, size);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Resource> find(String key) {
        if (!layout.key.matcher(key).matches()) {
            return Optional.empty();
        }
        Path path = path(key);
        return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
    }

    /** Copies at most {@code limit + 1} bytes: enough to know the upload is too large. */
    private static long copy(InputStream content, Path target, MessageDigest digest, long limit) throws IOException {
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int read;
            while (size <= limit
                    && (read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) != -1) {
                out.write(buffer, 0, read);
                size += read;
            }
        }
        return size;
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

    private String key(String sha256, String type) {
        if (layout != Layout.FLAT_WITH_EXTENSION) {
            return sha256;
        }
        String extension = FileTypes.extension(type);
        return sha256 + "." + (extension.isEmpty() ? "bin" : extension);
    }

    private Path path(String key) {
        return layout == Layout.BY_PREFIX ? root.resolve(key.substring(0, 2)).resolve(key) : root.resolve(key);
    }
}
