package vn.doimoi.projects.councils;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SanctionRepository extends JpaRepository<Sanction, UUID> {

    List<Sanction> findByPersonId(UUID personId);
}
