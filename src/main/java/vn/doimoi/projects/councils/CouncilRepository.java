package vn.doimoi.projects.councils;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilRepository extends JpaRepository<Council, UUID> {

    List<Council> findByKindOrderByCreatedAtDesc(CouncilPurpose kind);

    Optional<Council> findByCallId(UUID callId);

    Optional<Council> findByRoundId(UUID roundId);
}
