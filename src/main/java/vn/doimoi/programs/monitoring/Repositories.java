package vn.doimoi.programs.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    List<Programme> findAllByOrderByIssuedOnDesc();
}

interface TaskGroupRepository extends JpaRepository<TaskGroup, UUID> {

    List<TaskGroup> findByProgrammeIdOrderByPosition(UUID programmeId);
}

interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

    List<Assignment> findByTaskGroupIdInOrderByCreatedAt(Collection<UUID> taskGroupIds);

    List<Assignment> findByLeadAgencyIdOrderByCreatedAt(UUID agencyId);
}

interface IndicatorRepository extends JpaRepository<Indicator, UUID> {

    List<Indicator> findByProgrammeIdOrderByCode(UUID programmeId);

    Optional<Indicator> findByCode(String code);
}

interface AgencyReportRepository extends JpaRepository<AgencyReport, UUID> {

    List<AgencyReport> findByAssignmentIdInOrderByPeriodStartDesc(Collection<UUID> assignmentIds);

    List<AgencyReport> findByAssignmentIdOrderByPeriodStartDesc(UUID assignmentId);

    Optional<AgencyReport> findByAssignmentIdAndPeriod(UUID assignmentId, String period);
}

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, UUID> {

    List<EvidenceFile> findByReportIdOrderByUploadedAt(UUID reportId);
}

interface FileContentRepository extends JpaRepository<FileContent, String> {}
