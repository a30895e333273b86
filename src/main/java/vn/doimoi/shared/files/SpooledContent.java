package vn.doimoi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file while its SHA-256 is computed and its size counted, then
 * its type detected from the file: what every {@link FileStore} needs to know before keeping
 * anything, without ever holding the content in memory. The caller deletes {@link #file}.
 */
record SpooledContent(Path file, String sha256, String mediaType, long size) {

    private static final int BUFFER = 64 * 1024;

    /**
     * Copies at most {@code rules.maxBytes() + 1} bytes into a new file in {@code folder} (enough
     * to know the upload is too large) and checks size and type; a refused upload leaves no file.
     */
    static SpooledContent spool(InputStream content, Path folder, FileRules rules) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "upload-", ".tmp");
        try {
            MessageDigest digest = newDigest();
            long size = copy(content, temporary, digest, rules.maxBytes());
            rules.checkSize(size);
            String type = FileTypes.detect(temporary);
            rules.checkType(type);
            return new SpooledContent(temporary, HexFormat.of().formatHex(digest.digest()), type, size);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** The SHA-256 and type of a file already on disk (the move from disk into PostgreSQL). */
    static SpooledContent of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = copy(in, OutputStream.nullOutputStream(), digest, Long.MAX_VALUE - 1);
        }
        return new SpooledContent(file, HexFormat.of().formatHex(digest.digest()), FileTypes.detect(file), size);
    }

    private static long copy(InputStream content, Path target, MessageDigest digest, long limit) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            return copy(content, out, digest, limit);
        }
    }

    private static long copy(InputStream content, OutputStream target, MessageDigest digest, long limit)
            throws IOException {
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        OutputStream out = new DigestOutputStream(target, digest);
        int read;
        while (size <= limit
                && (read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) != -1) {
            out.write(buffer, 0, read);
            size += read;
        }
        out.flush();
        return size;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
