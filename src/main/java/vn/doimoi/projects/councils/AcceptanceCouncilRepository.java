package vn.doimoi.projects.councils;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/**
 * The one question the execution stage asks of acceptance councils: has the task's council been
 * formed (then it, not STAFF, concludes the acceptance)? The councils are the engine's.
 */
public interface AcceptanceCouncilRepository extends Repository<Council, UUID> {

    Optional<Council> findByTaskId(UUID taskId);
}
