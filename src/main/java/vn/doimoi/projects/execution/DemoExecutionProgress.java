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
 * Demo only: takes the second demo task (in vitro lime seedlings) through the whole cycle, so the
 * public register shows a registered result in use, while the first task (organic rice) waits
 * for its contract for a visitor to walk through. Runs once: it does nothing when the lime task
 * already has a contract.
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

    private void progress() throws InterruptedException {
        UUID id = DemoApprovedTasks.LIME_TASK;
        // TaskApproved is handled asynchronously: wait a little for the execution record.
        for (int i = 0; i < 50 && !tasks.existsById(id); i++) {
            Thread.sleep(200);
        }
        ExecutionTask task = tasks.findById(id).orElse(null);
        if (task == null || contracts.findByTaskId(id).isPresent()) {
            return;
        }
        CurrentUser scienceOfficer = staff("canbo");
        CurrentUser financeOfficer = staff("ketoan.demo");
        CurrentUser host = new CurrentUser(
                new UserId(UUID.randomUUID()), "chunhiem.demo", EnumSet.of(Role.ORG_MEMBER), task.hostOrgId());
        LocalDate today = Deadlines.today(clock.instant());
        LocalDate start = today.minusMonths(19);

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
                        "07/2025/HĐ-KHCN",
                        start,
                        start.plusMonths(18),
                        FundingMode.LUMP_SUM_TO_FINAL_PRODUCT,
                        suggested.stateBudget(),
                        suggested.otherBudget(),
                        6,
                        "Chủ nhiệm nộp báo cáo định kỳ 6 tháng; bàn giao 20.000 cây giống cho địa chỉ ứng dụng.",
                        tranches));
        executions.signContract(scienceOfficer, id, start);
        var detail = executions.task(scienceOfficer, id);
        for (var report : detail.reports()) {
            executions.submitReport(
                    host,
                    id,
                    report.id(),
                    "Đã hoàn thiện quy trình vi nhân giống giai đoạn " + report.number()
                            + "; cây in vitro sinh trưởng tốt trong vườn ươm.",
                    Math.min(100, 30 * report.number()));
            executions.acceptReport(scienceOfficer, id, report.id(), "Đúng tiến độ.");
        }
        UUID advance = detail.tranches().get(0).id();
        executions.requestTranche(host, id, advance, "Tạm ứng đợt 1 theo hợp đồng");
        executions.approveTranche(scienceOfficer, id, advance);
        executions.approveTranche(financeOfficer, id, advance);
        executions.markTranchePaid(financeOfficer, id, advance, start.plusDays(12), "UNC-2025-0318");
        executions.submitAcceptance(
                host,
                id,
                "Báo cáo tổng hợp: hoàn thiện quy trình nhân giống in vitro chanh không hạt, hệ số nhân chồi 4,6 lần/chu kỳ.",
                "Tóm tắt: sản xuất 21.500 cây giống sạch bệnh, tỷ lệ sống 91%.",
                "Đã sử dụng 288 triệu đồng tạm ứng; quyết toán theo khoán chi đến sản phẩm cuối cùng.",
                "Tự đánh giá: các sản phẩm đạt và vượt chỉ tiêu đặt hàng.",
                List.of());
        executions.concludeAcceptance(
                scienceOfficer,
                id,
                Map.of(
                        task.products().get(0).id(),
                        new ProductGrades(Grade.EXCELLENT, Grade.PASSED, Grade.PASSED),
                        task.products().get(1).id(),
                        new ProductGrades(Grade.EXCELLENT, Grade.EXCELLENT, Grade.PASSED)),
                Grade.PASSED,
                "Hội đồng thống nhất xếp loại Đạt.");
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
                        "Quy trình nhân giống in vitro cây chanh không hạt sạch bệnh",
                        "Quy trình vi nhân giống chanh không hạt từ đỉnh sinh trưởng, hệ số nhân chồi 4,6 lần/chu kỳ,"
                                + " tỷ lệ cây sống khi ra vườn ươm 91%, cây sạch bệnh vàng lá gân xanh.",
                        "ThS. Nguyễn Thị Hồng Nhung, KS. Võ Minh Trí",
                        "chanh không hạt, nuôi cấy mô, cây giống sạch bệnh",
                        "Các hợp tác xã và doanh nghiệp trồng chanh của tỉnh"),
                List.of());
        executions.registerResult(scienceOfficer, id, "12/2026/GCN-KQNV", today.minusDays(10));
        UUID use = executions.reportUse(
                host,
                result,
                new TaskExecutions.UseInput(
                        task.adopterOrgId(),
                        "",
                        "Xã Bình Hiệp",
                        today.getYear(),
                        "20.000 cây giống, 25 ha vườn chanh",
                        "Tỷ lệ cây sống 93%, giảm 30% chi phí mua giống so với cây chiết cành",
                        new BigDecimal("640000000"),
                        new BigDecimal("180000000")));
        executions.confirmUse(scienceOfficer, use);
        executions.addAsset(scienceOfficer, id, "Tủ cấy vô trùng Laminar", new BigDecimal("85000000"));
        log.info("Demo task {} taken to a registered result in use", id);
    }

    private static CurrentUser staff(String username) {
        return new CurrentUser(new UserId(UUID.randomUUID()), username, EnumSet.of(Role.STAFF), null);
    }
}
