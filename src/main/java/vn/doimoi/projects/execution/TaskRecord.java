package vn.doimoi.projects.execution;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * What every numbered record of a task's execution carries (a progress report, a tranche, an
 * inspection, an adjustment): its own id, the task it belongs to and its number within that task.
 * One mapping, so the four records cannot drift apart in how they are identified.
 */
@MappedSuperclass
abstract class TaskRecord {

    @Id
    private UUID id;

    private UUID taskId;
    private int number;

    /** For JPA. */
    protected TaskRecord() {}

    protected TaskRecord(UUID taskId, int number) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.number = number;
    }

    UUID id() {
        return id;
    }

    UUID taskId() {
        return taskId;
    }

    int number() {
        return number;
    }
}
