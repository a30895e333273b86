package vn.doimoi.projects.execution;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdjustmentRepository extends JpaRepository<Adjustment, UUID> {

    List<Adjustment> findByTaskIdOrderByNumber(UUID taskId);
}
