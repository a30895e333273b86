package vn.doimoi.ecosystem.files;

import jakarta.persistence.Embeddable;
import vn.doimoi.shared.files.StoredContent;
import vn.doimoi.shared.text.VietnameseText;

/**
 * An evidence file kept with a record of the ecosystem (an initiative's minutes of application, a
 * nomination's publications): its key in the area's {@link EvidenceFiles}, the name shown and its
 * media type. One shape for every area; each record keeps its list in its own collection table.
 */
@Embeddable
public class EvidenceFile {

    /** The longest name kept (the column's width). */
    static final int MAX_NAME = 255;

    private String fileKey;
    private String fileName;
    private String mediaType;

    protected EvidenceFile() {}

    private EvidenceFile(String fileKey, String fileName, String mediaType) {
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    /** The file just kept, named as uploaded (NFC, cut to the column), or by its key when it had no name. */
    public static EvidenceFile of(StoredContent stored, String uploadedName) {
        String name = VietnameseText.nfc(uploadedName.isBlank() ? stored.key() : uploadedName.strip());
        return new EvidenceFile(
                stored.key(), name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name, stored.mediaType());
    }

    public String fileKey() {
        return fileKey;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }
}
