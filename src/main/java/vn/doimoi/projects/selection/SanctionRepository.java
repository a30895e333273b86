package vn.doimoi.projects.selection;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SanctionRepository extends JpaRepository<Sanction, UUID> {

    List<Sanction> findByPersonId(UUID personId);
}
