package vn.doimoi.projects.councils;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberSheetRepository extends JpaRepository<MemberSheet, UUID> {

    List<MemberSheet> findByCouncilId(UUID councilId);

    Optional<MemberSheet> findByCouncilIdAndPersonId(UUID councilId, UUID personId);
}
