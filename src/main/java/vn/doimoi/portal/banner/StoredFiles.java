package vn.doimoi.portal.banner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.image.ImageScaling;

/**
 * Uploaded images, checked by their content (PNG, JPEG, GIF, WebP magic bytes, not the name or
 * the declared type), size-limited, and stored under their SHA-256 outside the web root.
 */
@Service
public class StoredFiles {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(png|jpg|gif|webp)");

    private final PortalProperties properties;

    StoredFiles(PortalProperties properties) {
        this.properties = properties;
    }

    /** Stores the image and returns its public URL, e.g. {@code /files/ab…cd.png}. */
    public String storeImage(InputStream content, long size) {
        byte[] bytes = readImage(content, size);
        return store(bytes, imageType(bytes).orElseThrow());
    }

    /**
     * Reads an upload of at most {@link PortalProperties#maxImageBytes()} and checks by its first
     * bytes that it is a PNG, JPEG, GIF or WebP image, whatever its name or declared type says.
     */
    byte[] readImage(InputStream content, long size) {
        if (size <= 0) {
            throw DomainException.invalid("file.error.empty");
        }
        if (size > properties.maxImageBytes()) {
            throw DomainException.invalid("file.error.tooLarge", properties.maxImageBytes() / 1024 / 1024);
        }
        try {
            byte[] bytes = content.readNBytes((int) Math.min(size, properties.maxImageBytes()) + 1);
            if (bytes.length > properties.maxImageBytes()) {
                throw DomainException.invalid("file.error.tooLarge", properties.maxImageBytes() / 1024 / 1024);
            }
            if (imageType(bytes).isEmpty()) {
                throw DomainException.invalid("file.error.notAnImage");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores bytes under their SHA-256 with the extension and returns the public URL. */
    String store(byte[] bytes, String extension) {
        try {
            String name = HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "." + extension;
            Files.createDirectories(properties.filesDir());
            Path target = properties.filesDir().resolve(name);
            if (!Files.exists(target)) {
                Path temporary = Files.createTempFile(properties.filesDir(), "upload-", ".tmp");
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return "/files/" + name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored file by its name; nothing for names that are not ours (no path tricks). */
    public Optional<Path> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path path = properties.filesDir().resolve(name);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
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

    /** The image type from the first bytes. */
    static Optional<String> imageType(byte[] b) {
        return ImageScaling.type(b);
    }
}
