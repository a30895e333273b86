package vn.doimoi.projects.tasks;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.selection.ApprovedTasks;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;

/**
 * For tests outside this package: a task selected and approved for {@code host} on {@code decidedOn},
 * contracted, and found failed by its acceptance council, all through the services (issue 19, risk
 * acceptance). It is on the public register, waiting for its compliance assessment.
 */
public final class FailedTasks {

    private FailedTasks() {}

    public static TaskApproved failed(
            CallRepository calls,
            DossierRepository dossiers,
            TaskRepository tasks,
            TaskExecutions executions,
            UUID host,
            LocalDate decidedOn) {
        TaskApproved approved = ApprovedTasks.approved(calls, dossiers, tasks, host, decidedOn);
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        CurrentUser staff = actor("canbo-rui-ro", Role.STAFF, null);
        CurrentUser hostMember = actor("chunhiem-rui-ro", Role.ORG_MEMBER, host);
        SignedTasks.sign(executions, staff, task, LocalDate.now().minusMonths(11));
        executions.submitAcceptance(
                hostMember,
                task,
                "Báo cáo tổng hợp",
                "Báo cáo tóm tắt",
                "Báo cáo tài chính",
                "Chưa đạt",
                List.of(),
                SignedTasks.CONTRIBUTIONS);
        ProductGrades failed = new ProductGrades(Grade.FAILED, Grade.FAILED, Grade.FAILED);
        executions.concludeAcceptance(
                staff,
                task,
                Map.of(approved.products().get(0).productId(), failed),
                Grade.FAILED,
                "Sản phẩm không đạt chỉ tiêu");
        return approved;
    }

    private static CurrentUser actor(String name, Role role, @org.jspecify.annotations.Nullable UUID organisation) {
        return new CurrentUser(new UserId(UUID.randomUUID()), name, EnumSet.of(role), organisation);
    }
}
