package vn.doimoi.ecosystem.awards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, UUID> {

    List<Nomination> findByRoundIdOrderBySubmittedAtAsc(UUID roundId);

    List<Nomination> findByRoundIdAndStateOrderBySubmittedAtAsc(UUID roundId, NominationState state);

    List<Nomination> findByNominatedByOrderBySubmittedAtDesc(UUID userId);

    List<Nomination> findByStateOrderBySubmittedAtAsc(NominationState state);

    long countByStateAndAwardedAtBefore(NominationState state, Instant instant);
}
