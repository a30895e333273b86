package vn.doimoi.projects.tasks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskRepository extends JpaRepository<Task, UUID> {

    List<Task> findAllByOrderByCreatedAtDesc();

    List<Task> findByStateOrderByCreatedAtDesc(TaskState state);

    Optional<Task> findByDossierId(UUID dossierId);
}
