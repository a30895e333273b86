package vn.doimoi.projects.execution;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, UUID> {

    List<Inspection> findByTaskIdOrderByNumber(UUID taskId);
}
