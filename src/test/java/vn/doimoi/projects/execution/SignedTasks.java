package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;

/** For tests outside this package: a task approved for {@code host}, with its contract signed a month ago. */
public final class SignedTasks {

    /** The members' contributions a dossier under the 2025 rules carries (Decree 267/2025 art. 17). */
    public static final MemberContributions CONTRIBUTIONS =
            MemberContributions.of(null, "Nguyễn Văn Hùng: 60\nLê Thị Thu Hà: 40");

    private SignedTasks() {}

    public static UUID inProgress(TaskExecutions executions, CurrentUser staff, UUID host) {
        UUID id = approved(executions, host);
        sign(executions, staff, id, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1));
        return id;
    }

    /** Drafts the suggested contract of an approved task, twelve months from {@code start}, and signs it that day. */
    public static void sign(TaskExecutions executions, CurrentUser staff, UUID task, LocalDate start) {
        ContractTerms suggested = executions.suggestedTerms(staff, task);
        executions.draftContract(
                staff,
                task,
                new ContractTerms(
                        suggested.number(),
                        start,
                        start.plusMonths(12),
                        suggested.fundingMode(),
                        suggested.stateBudget(),
                        suggested.otherBudget(),
                        6,
                        "Báo cáo 6 tháng một lần",
                        suggested.tranches()));
        executions.signContract(staff, task, start);
    }

    /** A task approved for {@code host} (800 million ₫ from the state, one product), waiting for its contract. */
    public static UUID approved(TaskExecutions executions, UUID host) {
        return approvedOn(executions, host, LocalDate.of(2026, 1, 1));
    }

    /** The same task approved on {@code decidedOn} (before 1/10/2025 it stays on the old rules). */
    public static UUID approvedOn(TaskExecutions executions, UUID host, LocalDate decidedOn) {
        TaskApproved approved = new TaskApproved(
                UUID.randomUUID(),
                "ĐT.TL." + UUID.randomUUID().toString().substring(0, 4),
                "Nghiên cứu chế phẩm vi sinh xử lý rơm rạ tại ruộng",
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                host,
                null,
                null,
                List.of("401"),
                List.of(new ApprovedProduct(
                        UUID.randomUUID(),
                        "Chế phẩm vi sinh",
                        "05 tấn",
                        List.of(new ProductSpec("Mật độ vi sinh", "CFU/g", "≥ 10⁸")))),
                new BigDecimal("800000000"),
                new BigDecimal("100000000"),
                12,
                "12/QĐ-UBND",
                decidedOn);
        executions.taskApproved(approved);
        return approved.taskId();
    }
}
