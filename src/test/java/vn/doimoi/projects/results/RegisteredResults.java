package vn.doimoi.projects.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ContractTerms;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;

/** For tests: a task approved on a day for a host, accepted as passed, and its result registered by STAFF. */
public final class RegisteredResults {

    public static final CurrentUser STAFF =
            new CurrentUser(new UserId(UUID.randomUUID()), "canbo-kq", EnumSet.of(Role.STAFF), null);

    private RegisteredResults() {}

    /** The member of {@code host} who submitted the result. */
    public static CurrentUser member(UUID host) {
        return new CurrentUser(new UserId(UUID.randomUUID()), "host-kq", EnumSet.of(Role.ORG_MEMBER), host);
    }

    /** The id of the registered result. */
    public static UUID registered(
            TaskExecutions executions,
            ResultRegistration registration,
            UUID host,
            LocalDate approvedOn,
            String title,
            String certificate) {
        UUID product = UUID.randomUUID();
        TaskApproved approved = new TaskApproved(
                UUID.randomUUID(),
                "ĐT.KQ." + UUID.randomUUID().toString().substring(0, 4),
                "Nghiên cứu ủ phân hữu cơ từ rơm rạ",
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.DIRECT_ASSIGNMENT,
                host,
                null,
                null,
                List.of("401"),
                List.of(new ApprovedProduct(
                        product, "Quy trình ủ phân", "01", List.of(new ProductSpec("Thời gian ủ", "ngày", "≤ 45")))),
                new BigDecimal("400000000"),
                BigDecimal.ZERO,
                12,
                "7/QĐ-UBND",
                approvedOn);
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        CurrentUser member = member(host);
        ContractTerms terms = executions.suggestedTerms(STAFF, task);
        executions.draftContract(STAFF, task, terms);
        executions.signContract(STAFF, task, terms.startOn());
        executions.submitAcceptance(
                member, task, "Báo cáo", "Tóm tắt", "Tài chính", "Tự đánh giá", List.of(), SignedTasks.CONTRIBUTIONS);
        ProductGrades passed = new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED);
        executions.concludeAcceptance(STAFF, task, Map.of(product, passed), Grade.PASSED, null);
        UUID result = registration.submitResult(
                member,
                task,
                new ResultRegistration.ResultInput(title, "Tóm tắt", "TS. Lê Văn C", "", "Nông hộ"),
                List.of());
        registration.registerResult(STAFF, task, certificate, LocalDate.of(2026, 11, 1));
        return result;
    }
}
