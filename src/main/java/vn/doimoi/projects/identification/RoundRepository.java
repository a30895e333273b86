package vn.doimoi.projects.identification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<IdentificationRound, UUID> {

    List<IdentificationRound> findAllByOrderByYearDesc();

    Optional<IdentificationRound> findByYear(int year);

    Optional<IdentificationRound> findByCouncilId(UUID councilId);
}
