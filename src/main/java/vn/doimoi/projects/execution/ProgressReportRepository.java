package vn.doimoi.projects.execution;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, UUID> {

    List<ProgressReport> findByTaskIdOrderByNumber(UUID taskId);

    List<ProgressReport> findByStateOrderByDueOn(ReportState state);
}
