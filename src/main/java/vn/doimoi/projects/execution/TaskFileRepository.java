package vn.doimoi.projects.execution;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskFileRepository extends JpaRepository<TaskFile, UUID> {

    List<TaskFile> findByTaskIdOrderByUploadedAt(UUID taskId);
}
