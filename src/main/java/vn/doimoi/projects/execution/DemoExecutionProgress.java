package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.execution.AcceptanceRule.ProductGrades;

/**
 * Demo only: part 1's demo ({@code DemoSelection}, order 40) approves two tasks through the real
 * selection code, and their {@code TaskApproved} events reach {@link TaskApprovedListener}
 * asynchronously. This runner waits for the first of them (the microbial straw-decomposing
 * product, the one with an adopting enterprise) and takes it through the whole cycle, so the
 * public register shows a registered result in use, while the second task (dragon-fruit
 * traceability) waits for its contract for a visitor to walk through. Runs once: it does nothing
 * when that task already has a contract.
 */
@Component
@Profile("demo")
@Order(61)
class DemoExecutionProgress implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoExecutionProgress.class);

    private final TaskExecutions executions;
    private final ExecutionTaskRepository tasks;
    private final ContractRepository contracts;
    private final Clock clock;

    DemoExecutionProgress(
            TaskExecutions executions, ExecutionTaskRepository tasks, ContractRepository contracts, Clock clock) {
        this.executions = executions;
        this.tasks = tasks;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            progress();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Demo data must never stop the application from starting.
            log.warn("Demo task progress skipped: {}", e.toString());
        }
    }

    /** The title of the task part 1's demo approves first (DemoSelection). */
    static final String DEMO_TASK_TITLE = "Nghiên cứu sản xuất chế phẩm vi sinh xử lý rơm rạ";

    private void progress() throws InterruptedException {
        // TaskApproved is handled asynchronously, after part 1's transaction: wait for the record.
        ExecutionTask task = null;
        for (int i = 0; i < 150 && task == null; i++) {
            task = tasks.findAllByOrderByApprovedAtDesc().stream()
                    .filter(t -> t.title().startsWith(DEMO_TASK_TITLE))
                    .findFirst()
                    .orElse(null);
            if (task == null) {
                Thread.sleep(200);
            }
        }
        if (task == null) {
            log.warn("Demo task progress skipped: part 1 approved no task titled '{}'", DEMO_TASK_TITLE);
            return;
        }
        UUID id = task.id();
        if (contracts.findByTaskId(id).isPresent()) {
            return;
        }
        CurrentUser scienceOfficer = staff("canbo");
        CurrentUser financeOfficer = staff("ketoan.demo");
        CurrentUser host = new CurrentUser(
                new UserId(UUID.randomUUID()), "chunhiem.demo", EnumSet.of(Role.ORG_MEMBER), task.hostOrgId());
        LocalDate today = Deadlines.today(clock.instant());
        // The contract follows the approval decision by two weeks and lasts six months.
        LocalDate start = task.decisionDate().plusDays(14);

        ContractTerms suggested = executions.suggestedTerms(scienceOfficer, id);
        List<ContractTerms.TrancheTerm> tranches = suggested.tranches().stream()
                .map(t -> new ContractTerms.TrancheTerm(
                        t.number(),
                        t.amount(),
                        t.productId(),
                        t.productId() == null ? start.plusDays(10) : today.minusMonths(1)))
                .toList();
        executions.draftContract(
                scienceOfficer,
                id,
                new ContractTerms(
                        "18/2026/HĐ-KHCN",
                        start,
                        start.plusMonths(6),
                        FundingMode.LUMP_SUM_TO_FINAL_PRODUCT,
                        suggested.stateBudget(),
                        suggested.otherBudget(),
                        3,
                        "Chủ nhiệm nộp báo cáo định kỳ 3 tháng; bàn giao 5 tấn chế phẩm cho địa chỉ ứng dụng.",
                        tranches));
        executions.signContract(scienceOfficer, id, start);
        var detail = executions.task(scienceOfficer, id);
        for (var report : detail.reports()) {
            executions.submitReport(
                    host,
                    id,
                    report.id(),
                    "Đã phân lập và tuyển chọn 6 chủng vi sinh vật phân giải cellulose (giai đoạn " + report.number()
                            + "); thử nghiệm trên 2 ha ruộng tại Mộc Hoá.",
                    Math.min(100, 30 * report.number()));
            executions.acceptReport(scienceOfficer, id, report.id(), "Đúng tiến độ.");
        }
        UUID advance = detail.tranches().get(0).id();
        executions.requestTranche(host, id, advance, "Tạm ứng đợt 1 theo hợp đồng");
        executions.approveTranche(scienceOfficer, id, advance);
        executions.approveTranche(financeOfficer, id, advance);
        executions.markTranchePaid(financeOfficer, id, advance, start.plusDays(12), "UNC-2026-0318");
        executions.submitAcceptance(
                host,
                id,
                "Báo cáo tổng hợp: sản xuất 5,2 tấn chế phẩm vi sinh, mật độ vi sinh vật hữu ích 2×10⁸ CFU/g.",
                "Tóm tắt: rơm rạ phân huỷ hoàn toàn sau 21 ngày trên 30 ha thử nghiệm.",
                "Đã sử dụng kinh phí tạm ứng đúng mục đích; quyết toán theo khoán chi đến sản phẩm cuối cùng.",
                "Tự đánh giá: các sản phẩm đạt và vượt chỉ tiêu đặt hàng.",
                List.of());
        Map<UUID, ProductGrades> grades = new java.util.LinkedHashMap<>();
        for (Product product : task.products()) {
            grades.put(product.id(), new ProductGrades(Grade.EXCELLENT, Grade.PASSED, Grade.PASSED));
        }
        executions.concludeAcceptance(scienceOfficer, id, grades, Grade.PASSED, "Hội đồng thống nhất xếp loại Đạt.");
        for (var tranche : executions.task(scienceOfficer, id).tranches()) {
            if (tranche.productId() != null) {
                executions.requestTranche(host, id, tranche.id(), "Sản phẩm đã được nghiệm thu");
                executions.approveTranche(scienceOfficer, id, tranche.id());
                executions.approveTranche(financeOfficer, id, tranche.id());
                executions.markTranchePaid(
                        financeOfficer, id, tranche.id(), today.minusDays(20), "UNC-2026-" + tranche.number());
            }
        }
        UUID result = executions.submitResult(
                host,
                id,
                new TaskExecutions.ResultInput(
                        "Chế phẩm vi sinh phân giải rơm rạ tại ruộng cho vùng lúa Đồng Tháp Mười",
                        "Chế phẩm từ 6 chủng vi sinh vật bản địa phân giải cellulose, mật độ 2×10⁸ CFU/g;"
                                + " rơm rạ phân huỷ sau 21 ngày, giảm đốt rơm và bổ sung chất hữu cơ cho đất.",
                        "TS. Nguyễn Văn Hùng, ThS. Lê Thị Thu Hà",
                        "chế phẩm vi sinh, rơm rạ, lúa, nông nghiệp tuần hoàn",
                        "Các hợp tác xã và doanh nghiệp trồng lúa của tỉnh"),
                List.of());
        executions.registerResult(scienceOfficer, id, "31/2026/GCN-KQNV", today.minusDays(10));
        UUID use = executions.reportUse(
                host,
                result,
                new TaskExecutions.UseInput(
                        task.adopterOrgId(),
                        "",
                        "Xã Bình Hiệp, thị xã Kiến Tường",
                        today.getYear(),
                        "4 tấn chế phẩm, 320 ha lúa vụ Đông Xuân",
                        "Không đốt rơm trên 320 ha, giảm 15% phân bón hoá học, năng suất tăng 0,3 tấn/ha",
                        new BigDecimal("0"),
                        new BigDecimal("410000000")));
        executions.confirmUse(scienceOfficer, use);
        executions.addAsset(scienceOfficer, id, "Tủ cấy vi sinh an toàn sinh học cấp II", new BigDecimal("95000000"));
        log.info("Demo task {} taken to a registered result in use", id);
    }

    private static CurrentUser staff(String username) {
        return new CurrentUser(new UserId(UUID.randomUUID()), username, EnumSet.of(Role.STAFF), null);
    }
}
