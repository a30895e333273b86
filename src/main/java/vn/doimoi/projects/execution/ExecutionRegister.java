package vn.doimoi.projects.execution;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.execution.ExecutionViews.TaskRow;
import vn.doimoi.projects.support.TaskAccess;

/**
 * The register of tasks in execution: an approved task enters it awaiting its contract; STAFF
 * lists every task, a member of a host organisation its own.
 */
@Service
@Transactional
public class ExecutionRegister {

    private final TaskAccess access;
    private final ExecutionTaskRepository tasks;
    private final ProgressReportRepository reports;
    private final TrancheRepository tranches;

    ExecutionRegister(
            TaskAccess access,
            ExecutionTaskRepository tasks,
            ProgressReportRepository reports,
            TrancheRepository tranches) {
        this.access = access;
        this.tasks = tasks;
        this.reports = reports;
        this.tranches = tranches;
    }

    /** Creates the execution record of an approved task, awaiting its contract. Idempotent. */
    public void taskApproved(TaskApproved approved) {
        if (tasks.existsById(approved.taskId())) {
            return;
        }
        ExecutionTask task =
                tasks.save(new ExecutionTask(approved, access.clock().instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", task.code());
        after.put("stage", task.stage().name());
        after.put(
                "products", task.products().stream().map(p -> p.id().toString()).toList());
        access.journal(task.id(), "system", "execution.created", approved.decisionNumber(), null, after);
    }

    @Transactional(readOnly = true)
    public List<TaskRow> tasksFor(CurrentUser actor) {
        List<ExecutionTask> list;
        if (actor.isStaff()) {
            list = tasks.findAllByOrderByApprovedAtDesc();
        } else if (actor.organisationId() != null) {
            list = tasks.findByHostOrgIdOrderByApprovedAtDesc(actor.organisationId());
        } else {
            list = List.of();
        }
        return rows(list);
    }

    /** One row per task: its host's name, the money paid and the reports overdue today. */
    List<TaskRow> rows(List<ExecutionTask> list) {
        LocalDate today = access.today();
        Map<UUID, String> names = access.organisationNames();
        return list.stream()
                .map(t -> new TaskRow(
                        t.id(),
                        t.code(),
                        t.title(),
                        names.getOrDefault(t.hostOrgId(), ""),
                        t.stage(),
                        t.stateBudget(),
                        Tranches.paid(tranches.findByTaskIdOrderByNumber(t.id())),
                        reports.findByTaskIdOrderByNumber(t.id()).stream()
                                .filter(r -> r.overdueOn(today))
                                .count()))
                .toList();
    }
}
