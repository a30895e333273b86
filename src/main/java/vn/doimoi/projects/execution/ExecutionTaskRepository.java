package vn.doimoi.projects.execution;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExecutionTaskRepository extends JpaRepository<ExecutionTask, UUID> {

    List<ExecutionTask> findAllByOrderByApprovedAtDesc();

    List<ExecutionTask> findByHostOrgIdOrderByApprovedAtDesc(UUID hostOrgId);
}
