package vn.doimoi.ecosystem.awards;

import jakarta.persistence.Embeddable;

/** An evidence file of a nomination (publications, minutes of application, confirmations of users). */
@Embeddable
public class NominationFile {

    private String fileKey;
    private String fileName;
    private String mediaType;

    protected NominationFile() {}

    NominationFile(String fileKey, String fileName, String mediaType) {
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.mediaType = mediaType;
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
