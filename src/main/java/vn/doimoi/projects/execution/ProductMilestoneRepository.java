package vn.doimoi.projects.execution;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductMilestoneRepository extends JpaRepository<ProductMilestone, UUID> {

    boolean existsByTaskIdAndProductId(UUID taskId, UUID productId);

    List<ProductMilestone> findByTaskIdOrderByAcceptedOn(UUID taskId);
}
