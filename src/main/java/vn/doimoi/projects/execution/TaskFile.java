package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded document of the task, with its SHA-256. */
@Entity(name = "ExecutionTaskFile")
@Table(schema = "projects", name = "execution_file")
public class TaskFile {
    @Id
    public UUID id;

    public UUID taskId;
    public String kind;
    public String filename;
    public String contentType;
    public String sha256;
    public long size;
    public byte[] bytes;
    Instant uploadedAt;

    protected TaskFile() {}

    TaskFile(UUID taskId, String kind, String filename, String contentType, String sha256, byte[] bytes, Instant at) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.kind = kind;
        this.filename = filename;
        this.contentType = contentType;
        this.sha256 = sha256;
        this.size = bytes.length;
        this.bytes = bytes;
        this.uploadedAt = at;
    }
}
