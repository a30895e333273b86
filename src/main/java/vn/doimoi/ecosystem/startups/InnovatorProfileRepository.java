package vn.doimoi.ecosystem.startups;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InnovatorProfileRepository extends JpaRepository<InnovatorProfile, UUID> {

    Optional<InnovatorProfile> findByOrganisationId(UUID organisationId);

    List<InnovatorProfile> findByStateOrderByAppliedAtAsc(RecognitionState state);

    List<InnovatorProfile> findAllByOrderByUpdatedAtDesc();

    List<InnovatorProfile> findByStateOrderByRecognisedAtDesc(RecognitionState state);

    long countByStateAndKindInAndRecognisedAtBefore(
            RecognitionState state, Collection<InnovatorKind> kinds, Instant instant);
}
