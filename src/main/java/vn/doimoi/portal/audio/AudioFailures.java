package vn.doimoi.portal.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Audio that could not be made, one record per article and version of its spoken text: a file
 * beside the audio, so a crash of espeak-ng (exit 139 on some texts) is logged once, not again at
 * every start's backfill, and tried again only when the article's text changes (a new version has
 * a new name).
 */
final class AudioFailures {

    private final Path dir;

    AudioFailures(Path dir) {
        this.dir = dir;
    }

    /** Whether making this version's audio has failed before. */
    boolean recorded(UUID articleId, String text) {
        return Files.isRegularFile(path(articleId, text));
    }

    /** Records the failure; false when it already was. */
    boolean record(UUID articleId, String text, String what) throws IOException {
        Path target = path(articleId, text);
        if (Files.isRegularFile(target)) {
            return false;
        }
        Files.createDirectories(dir);
        Path written = Files.createTempFile(dir, "failed-", ".tmp");
        Files.writeString(written, articleId + "\n" + Instant.now() + "\n" + what + "\n", StandardCharsets.UTF_8);
        Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private Path path(UUID articleId, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(articleId.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(
                    "failed-" + HexFormat.of().formatHex(sha.digest()).substring(0, 32) + ".txt");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
