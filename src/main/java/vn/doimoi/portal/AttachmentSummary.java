package vn.doimoi.portal;

import java.util.UUID;
import vn.doimoi.shared.web.FileSizeFormatter;

/** A file attached to a document of the library, as readers see it in the list. */
public record AttachmentSummary(UUID id, UUID documentId, String fileName, String contentType, long sizeBytes) {

    public String url() {
        return "/documents/" + documentId + "/attachments/" + id;
    }

    /** The size as a reader reads it: "15,9 KB", "1,2 MB". */
    public String displaySize() {
        return FileSizeFormatter.format(sizeBytes);
    }
}
