package vn.doimoi.market.deal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message of a deal's thread as one participant reads it. {@code side} is OWNER, INTERESTED
 * or BROKER; {@code authorName} is null when the reader may not yet know who owns an anonymous
 * listing and the message comes from the owner's side (its file then has a neutral name too).
 */
public record DealMessage(
        UUID id,
        String side,
        @Nullable String authorName,
        @Nullable String text,
        @Nullable String fileName,
        @Nullable String fileType,
        long fileSize,
        Instant createdAt,
        boolean mine) {

    public boolean hasFile() {
        return fileName != null;
    }

    /** "15,9 KB", "2,3 MB": sizes as a reader says them, with the Vietnamese decimal comma. */
    public String fileSizeLabel() {
        if (fileSize < 1024) {
            return fileSize + " B";
        }
        double kilobytes = fileSize / 1024.0;
        if (kilobytes < 1024) {
            return String.format(Locale.ROOT, "%.1f KB", kilobytes).replace('.', ',');
        }
        return String.format(Locale.ROOT, "%.1f MB", kilobytes / 1024).replace('.', ',');
    }
}
