package vn.doimoi.programs.monitoring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded file, addressed by their SHA-256 (stored once). */
@Entity
@Table(schema = "programs", name = "file_content")
class FileContent {

    @Id
    private String sha256;

    private byte[] content;

    protected FileContent() {}

    FileContent(String sha256, byte[] content) {
        this.sha256 = sha256;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
