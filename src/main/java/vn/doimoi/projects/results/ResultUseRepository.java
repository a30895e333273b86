package vn.doimoi.projects.results;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultUseRepository extends JpaRepository<ResultUse, UUID> {

    List<ResultUse> findByResultIdOrderByYearDesc(UUID resultId);

    List<ResultUse> findByResultIdInAndState(Collection<UUID> resultIds, UseState state);

    List<ResultUse> findByStateOrderByReportedAt(UseState state);
}
