package vn.doimoi.directory.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    List<Organisation> findAllByOrderByName();

    Optional<Organisation> findByTaxCode(String taxCode);

    long countByCreatedAtBefore(java.time.Instant instant);

    long countByVerifiedTrueAndVerifiedAtBefore(java.time.Instant instant);
}
