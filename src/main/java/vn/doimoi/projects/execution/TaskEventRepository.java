package vn.doimoi.projects.execution;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskEventRepository extends JpaRepository<TaskEvent, UUID> {

    List<TaskEvent> findByTaskIdOrderByAt(UUID taskId);
}
