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
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.results.ResultUses;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.rules.CouncilRole;

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
    private final ResultUses resultUses;
    private final ResultRegistration resultRegistration;
    private final Closure closure;
    private final ExecutionTaskRepository tasks;
    private final ContractRepository contracts;
    private final Clock clock;
    private final AcceptanceCouncils councils;
    private final Inspections inspections;
    private final Adjustments adjustments;

    DemoExecutionProgress(
            TaskExecutions executions,
            ResultUses resultUses,
            ResultRegistration resultRegistration,
            Closure closure,
            ExecutionTaskRepository tasks,
            ContractRepository contracts,
            Clock clock,
            AcceptanceCouncils councils,
            Inspections inspections,
            Adjustments adjustments) {
        this.councils = councils;
        this.inspections = inspections;
        this.adjustments = adjustments;
        this.executions = executions;
        this.resultUses = resultUses;
        this.resultRegistration = resultRegistration;
        this.closure = closure;
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
        inspections.record(
                scienceOfficer,
                id,
                new Inspections.InspectionInput(
                        start.plusMonths(2),
                        "Phòng Quản lý khoa học: ThS. Nguyễn Văn Tâm (trưởng đoàn), KS. Lê Thị Hạnh",
                        "Đã phân lập 9 chủng vi sinh, tuyển chọn 6 chủng; ô thí nghiệm 2 ha tại Mộc Hoá đúng thuyết minh.",
                        "Nhiệm vụ thực hiện đúng tiến độ và nội dung hợp đồng.",
                        "Bổ sung nhật ký theo dõi nhiệt độ đống ủ hằng ngày."));
        UUID adjustment = adjustments.request(
                host,
                id,
                new Adjustments.AdjustmentInput(
                        AdjustmentKind.CONTENT,
                        "Chuyển 1 ha thử nghiệm từ xã Bình Hoà Tây sang xã Bình Hiệp",
                        "Ruộng thử nghiệm cũ bị ngập do triều cường",
                        null));
        adjustments.decide(
                scienceOfficer,
                id,
                adjustment,
                new Adjustments.Decision(
                        true, "96/SKHCN-QLKH", start.plusMonths(2).plusDays(5), "Đồng ý."));
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
        conclude(scienceOfficer, task);
        for (var tranche : executions.task(scienceOfficer, id).tranches()) {
            if (tranche.productId() != null) {
                executions.requestTranche(host, id, tranche.id(), "Sản phẩm đã được nghiệm thu");
                executions.approveTranche(scienceOfficer, id, tranche.id());
                executions.approveTranche(financeOfficer, id, tranche.id());
                executions.markTranchePaid(
                        financeOfficer, id, tranche.id(), today.minusDays(20), "UNC-2026-" + tranche.number());
            }
        }
        UUID result = resultRegistration.submitResult(
                host,
                id,
                new ResultRegistration.ResultInput(
                        "Chế phẩm vi sinh phân giải rơm rạ tại ruộng cho vùng lúa Đồng Tháp Mười",
                        "Chế phẩm từ 6 chủng vi sinh vật bản địa phân giải cellulose, mật độ 2×10⁸ CFU/g;"
                                + " rơm rạ phân huỷ sau 21 ngày, giảm đốt rơm và bổ sung chất hữu cơ cho đất.",
                        "TS. Nguyễn Văn Hùng, ThS. Lê Thị Thu Hà",
                        "chế phẩm vi sinh, rơm rạ, lúa, nông nghiệp tuần hoàn",
                        "Các hợp tác xã và doanh nghiệp trồng lúa của tỉnh"),
                List.of());
        resultRegistration.registerResult(scienceOfficer, id, "31/2026/GCN-KQNV", today.minusDays(10));
        UUID use = resultUses.reportUse(
                host,
                result,
                new ResultUses.UseInput(
                        task.adopterOrgId(),
                        "",
                        "Xã Bình Hiệp, thị xã Kiến Tường",
                        today.getYear(),
                        "4 tấn chế phẩm, 320 ha lúa vụ Đông Xuân",
                        "Không đốt rơm trên 320 ha, giảm 15% phân bón hoá học, năng suất tăng 0,3 tấn/ha",
                        new BigDecimal("0"),
                        new BigDecimal("410000000")));
        resultUses.confirmUse(scienceOfficer, use);
        closure.addAsset(scienceOfficer, id, "Tủ cấy vi sinh an toàn sinh học cấp II", new BigDecimal("95000000"));
        log.info("Demo task {} taken to a registered result in use", id);
    }

    /**
     * The acceptance council: five experts of the directory with no conflict with the host, one
     * sheet each (two Xuất sắc, three Đạt), so the rule classifies the task Đạt.
     */
    private void conclude(CurrentUser scienceOfficer, ExecutionTask task) {
        UUID id = task.id();
        List<UUID> experts = councils.candidates(scienceOfficer, id).stream()
                .filter(AcceptanceCouncils.Candidate::eligible)
                .map(AcceptanceCouncils.Candidate::personId)
                .limit(5)
                .toList();
        Map<UUID, ProductGrades> passed = new java.util.LinkedHashMap<>();
        Map<UUID, ProductGrades> excellent = new java.util.LinkedHashMap<>();
        for (Product product : task.products()) {
            passed.put(product.id(), new ProductGrades(Grade.EXCELLENT, Grade.PASSED, Grade.PASSED));
            excellent.put(product.id(), new ProductGrades(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT));
        }
        if (experts.size() < 5) {
            executions.concludeAcceptance(
                    scienceOfficer, id, passed, Grade.PASSED, "Hội đồng thống nhất xếp loại Đạt.");
            return;
        }
        CouncilRole[] roles = {
            CouncilRole.CHAIR, CouncilRole.REVIEWER, CouncilRole.REVIEWER, CouncilRole.SECRETARY, CouncilRole.MEMBER
        };
        Map<UUID, CouncilRole> seats = new java.util.LinkedHashMap<>();
        for (int i = 0; i < roles.length; i++) {
            seats.put(experts.get(i), roles[i]);
        }
        councils.form(scienceOfficer, id, "508/QĐ-SKHCN", seats);
        String[] comments = {
            "Sản phẩm đạt và vượt chỉ tiêu mật độ vi sinh; đề nghị công bố quy trình.",
            "Thời gian phân huỷ rơm rạ 21 ngày, tốt hơn yêu cầu 25 ngày.",
            "Số liệu đồng ruộng đầy đủ; cần bổ sung đánh giá trên đất phèn nặng.",
            "Hồ sơ tài chính rõ ràng.",
            "Đồng ý nghiệm thu."
        };
        for (int i = 0; i < experts.size(); i++) {
            councils.recordSheet(
                    scienceOfficer, id, experts.get(i), i < 2 ? excellent : passed, Grade.PASSED, comments[i]);
        }
        councils.conclude(
                scienceOfficer, id, "Hội đồng thống nhất xếp loại Đạt theo phiếu đánh giá của các thành viên.");
    }

    private static CurrentUser staff(String username) {
        return new CurrentUser(new UserId(UUID.randomUUID()), username, EnumSet.of(Role.STAFF), null);
    }
}
