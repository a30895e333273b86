package vn.doimoi.projects.execution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExecutionTaskRepository extends JpaRepository<ExecutionTask, UUID> {

    List<ExecutionTask> findAllByOrderByApprovedAtDesc();

    List<ExecutionTask> findByHostOrgIdOrderByApprovedAtDesc(UUID hostOrgId);
}

interface ContractRepository extends JpaRepository<Contract, UUID> {

    Optional<Contract> findByTaskId(UUID taskId);
}

interface ContractVersionRepository extends JpaRepository<ContractVersion, UUID> {

    List<ContractVersion> findByContractIdOrderByNumber(UUID contractId);
}

interface ProgressReportRepository extends JpaRepository<ProgressReport, UUID> {

    List<ProgressReport> findByTaskIdOrderByNumber(UUID taskId);

    List<ProgressReport> findByStateOrderByDueOn(ReportState state);
}

interface TrancheRepository extends JpaRepository<Tranche, UUID> {

    List<Tranche> findByTaskIdOrderByNumber(UUID taskId);

    List<Tranche> findAllByOrderByPlannedOn();
}

interface AcceptanceRepository extends JpaRepository<Acceptance, UUID> {

    Optional<Acceptance> findByTaskId(UUID taskId);
}

interface ResultRepository extends JpaRepository<Result, UUID> {

    Optional<Result> findByTaskId(UUID taskId);

    List<Result> findByStateOrderByRegisteredOnDesc(ResultState state);
}

interface ResultUseRepository extends JpaRepository<ResultUse, UUID> {

    List<ResultUse> findByResultIdOrderByYearDesc(UUID resultId);

    List<ResultUse> findByResultIdInAndState(Collection<UUID> resultIds, UseState state);

    List<ResultUse> findByStateOrderByReportedAt(UseState state);
}

interface TaskEventRepository extends JpaRepository<Records.TaskEvent, UUID> {

    List<Records.TaskEvent> findByTaskIdOrderByAt(UUID taskId);
}

interface TaskFileRepository extends JpaRepository<Records.TaskFile, UUID> {

    List<Records.TaskFile> findByTaskIdOrderByUploadedAt(UUID taskId);
}

interface AssetRepository extends JpaRepository<Records.Asset, UUID> {

    List<Records.Asset> findByTaskIdOrderByName(UUID taskId);
}

interface LiquidationRepository extends JpaRepository<Records.Liquidation, UUID> {}

interface InspectionRepository extends JpaRepository<Inspection, UUID> {

    List<Inspection> findByTaskIdOrderByNumber(UUID taskId);
}

interface AdjustmentRepository extends JpaRepository<Adjustment, UUID> {

    List<Adjustment> findByTaskIdOrderByNumber(UUID taskId);
}

interface AcceptanceCouncilRepository extends JpaRepository<AcceptanceCouncil, UUID> {

    Optional<AcceptanceCouncil> findByTaskId(UUID taskId);

    /** The councils on which this directory person has a seat, newest first. */
    @Query("select c from ExecutionAcceptanceCouncil c where exists "
            + "(select s from ExecutionAcceptanceCouncil c2 join c2.seats s where c2 = c and s.personId = :personId) "
            + "order by c.formedOn desc")
    List<AcceptanceCouncil> findBySeatPerson(@Param("personId") UUID personId);

    List<AcceptanceCouncil> findAllByOrderByFormedOnDesc();
}

interface MemberSheetRepository extends JpaRepository<MemberSheet, UUID> {

    List<MemberSheet> findByCouncilId(UUID councilId);

    Optional<MemberSheet> findByCouncilIdAndPersonId(UUID councilId, UUID personId);
}
