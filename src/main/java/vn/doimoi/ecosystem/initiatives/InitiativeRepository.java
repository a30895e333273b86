package vn.doimoi.ecosystem.initiatives;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeRepository extends JpaRepository<Initiative, UUID> {

    List<Initiative> findByAuthorUserIdOrderByDeclaredAtDesc(UUID authorUserId);

    List<Initiative> findAllByOrderByDeclaredAtDesc();

    List<Initiative> findByStateOrderByDecisionDateDescTitleAsc(InitiativeState state);

    List<Initiative> findByStateOrderByDeclaredAtAsc(InitiativeState state);

    long countByStateAndRecognisedAtBefore(InitiativeState state, Instant instant);
}
