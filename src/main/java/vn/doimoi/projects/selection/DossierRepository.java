package vn.doimoi.projects.selection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<Dossier, UUID> {

    List<Dossier> findByCallIdOrderByCreatedAt(UUID callId);

    List<Dossier> findByApplicantOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

    Optional<Dossier> findByCallIdAndApplicantOrganisationId(UUID callId, UUID organisationId);
}
