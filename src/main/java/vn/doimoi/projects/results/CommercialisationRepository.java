package vn.doimoi.projects.results;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommercialisationRepository extends JpaRepository<Commercialisation, UUID> {

    List<Commercialisation> findByResultIdOrderByConcludedOnDesc(UUID resultId);

    List<Commercialisation> findByResultIdInOrderByConcludedOnDesc(Collection<UUID> resultIds);
}
