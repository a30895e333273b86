package vn.doimoi.ecosystem.initiatives;

import jakarta.persistence.Embeddable;

/** A file proving the initiative was applied (minutes, an adopter's confirmation, photos). */
@Embeddable
public class Evidence {

    private String fileKey;
    private String fileName;
    private String mediaType;

    protected Evidence() {}

    Evidence(String fileKey, String fileName, String mediaType) {
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
