package vn.doimoi.programs.monitoring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.doimoi.programs.TaskGroupView;

/** A numbered group of tasks and solutions (nhiệm vụ và giải pháp) of a programme. */
@Entity
@Table(schema = "programs", name = "task_group")
class TaskGroup {

    @Id
    private UUID id;

    private UUID programmeId;
    private int position;
    private String title;
    private String body;

    protected TaskGroup() {}

    UUID id() {
        return id;
    }

    UUID programmeId() {
        return programmeId;
    }

    TaskGroupView toView() {
        return new TaskGroupView(id, programmeId, position, title, body);
    }
}
