package vn.doimoi.projects.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the task's journal (who did what, when): the audit trail of the audit dossier. */
@Entity(name = "ExecutionTaskEvent")
@Table(schema = "projects", name = "execution_event")
public class TaskEvent {
    @Id
    UUID id;

    UUID taskId;
    Instant at;
    String actor;
    String action;
    String detail;

    protected TaskEvent() {}

    public TaskEvent(UUID taskId, Instant at, String actor, String action, String detail) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }
}
