package vn.doimoi.projects.execution;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractRepository extends JpaRepository<Contract, UUID> {

    Optional<Contract> findByTaskId(UUID taskId);
}
