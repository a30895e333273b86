package vn.doimoi.projects.acceptance;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AcceptanceRepository extends JpaRepository<Acceptance, UUID> {

    Optional<Acceptance> findByTaskId(UUID taskId);
}
