package vn.doimoi.portal;

import java.util.UUID;

/** A file attached to a document of the library, as readers see it in the list. */
public record AttachmentSummary(UUID id, UUID documentId, String fileName, String contentType, long sizeBytes) {

    public String url() {
        return "/documents/" + documentId + "/attachments/" + id;
    }

    /** The size as a reader reads it: "245 KB", "1,2 MB". */
    public String displaySize() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }
}
