package vn.doimoi.projects.execution;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrancheRepository extends JpaRepository<Tranche, UUID> {

    List<Tranche> findByTaskIdOrderByNumber(UUID taskId);

    List<Tranche> findAllByOrderByPlannedOn();
}
