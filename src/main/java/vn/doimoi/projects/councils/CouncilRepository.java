package vn.doimoi.projects.councils;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilRepository extends JpaRepository<Council, UUID> {

    List<Council> findAllByOrderByCreatedAtDesc();

    List<Council> findByKindOrderByCreatedAtDesc(String kind);

    Optional<Council> findByCallId(UUID callId);
}
