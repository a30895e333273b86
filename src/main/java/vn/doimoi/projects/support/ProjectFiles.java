package vn.doimoi.projects.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.DomainException;

/**
 * Files of the module (decisions, dossier attachments) as real files on disk, named by their
 * SHA-256 so the same content is kept once and a receipt's hash finds it again. The type is
 * taken from the content's magic bytes, never from what the browser claims.
 */
@Component
public class ProjectFiles {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Path root;

    ProjectFiles(@Value("${doimoi.projects.files-dir:data/projects-files}") String root) {
        this.root = Path.of(root);
    }

    /** Keeps the bytes when their content is one of the allowed types and not larger than the limit. */
    public StoredFile store(@Nullable String fileName, byte[] bytes, Set<String> allowed, long maxBytes) {
        if (bytes.length == 0) {
            throw DomainException.invalid("task.file.error.empty");
        }
        if (bytes.length > maxBytes) {
            throw DomainException.invalid("task.file.error.tooLarge", maxBytes / (1024 * 1024));
        }
        String name = safeName(fileName);
        String type = detect(name, bytes);
        if (type == null || !allowed.contains(type)) {
            throw DomainException.invalid("task.file.error.type");
        }
        String sha = sha256(bytes);
        Path target = path(sha);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), sha, ".tmp");
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredFile(name, type, bytes.length, sha);
    }

    public byte[] read(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw DomainException.notFound("task.file.error.missing");
        }
        try {
            return Files.readAllBytes(path(sha256));
        } catch (IOException e) {
            throw DomainException.notFound("task.file.error.missing");
        }
    }

    private Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    public static @Nullable String detect(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (starts(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (starts(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return PNG;
        }
        if (starts(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (starts(bytes, new byte[] {'P', 'K', 3, 4})) {
            if (lower.endsWith(".docx")) {
                return DOCX;
            }
            if (lower.endsWith(".xlsx")) {
                return XLSX;
            }
        }
        return null;
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
