package vn.doimoi.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.ImportedTaskJourney;
import vn.doimoi.projects.TaskJourneyImport;

/**
 * Part 1's demo approves three tasks through the real selection code, all after 1/10/2025 (so under
 * the 2025 rule versions), and their approvals reach part 2 asynchronously. This runner waits for
 * the first of them (the microbial straw-decomposing product, the one with an adopting enterprise)
 * and replays its whole execution, so the public register shows a registered result in use and
 * licensed, with the authors' share; then the third ({@link DemoFailedTask}), which fails its
 * acceptance and is closed by its compliance assessment under risk acceptance (Law 93/2025 art. 9).
 * The second task (dragon-fruit traceability) waits for its contract for a visitor to walk through.
 * Runs once: it does nothing for a task that already has a contract.
 */
@Component
@Profile("demo")
@Order(61)
class DemoTaskJourney implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTaskJourney.class);

    /** The title of the task part 1's demo approves first. */
    static final String DEMO_TASK_TITLE = "Nghiên cứu sản xuất chế phẩm vi sinh xử lý rơm rạ";

    private final TaskJourneyImport journeys;

    DemoTaskJourney(TaskJourneyImport journeys) {
        this.journeys = journeys;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            replayOnce(DEMO_TASK_TITLE, task -> journeys.replay(task, JOURNEY), "a commercialised result in use");
            replayOnce(
                    DemoFailedTask.TITLE,
                    task -> journeys.replayFailure(task, DemoFailedTask.JOURNEY),
                    "a failure closed under risk acceptance");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One journey, once: a refusal in one leaves the other to run (demo data never stops the start). */
    private void replayOnce(String title, Consumer<UUID> journey, String outcome) throws InterruptedException {
        Optional<UUID> task = approvedTask(title);
        if (task.isEmpty()) {
            log.warn("Demo task progress skipped: part 1 approved no task titled '{}'", title);
            return;
        }
        try {
            if (!journeys.started(task.get())) {
                journey.accept(task.get());
                log.info("Demo task {} taken to {}", task.get(), outcome);
            }
        } catch (RuntimeException e) {
            log.warn("Demo task progress skipped for '{}': {}", title, e.toString());
        }
    }

    /** The approval is handled asynchronously, after part 1's transaction: wait for the record. */
    private Optional<UUID> approvedTask(String title) throws InterruptedException {
        Optional<UUID> task = journeys.taskTitled(title);
        for (int i = 0; i < 150 && task.isEmpty(); i++) {
            Thread.sleep(200);
            task = journeys.taskTitled(title);
        }
        return task;
    }

    static final ImportedTaskJourney JOURNEY = new ImportedTaskJourney(
            "canbo",
            "ketoan.demo",
            "chunhiem.demo",
            // The contract follows the approval decision by two weeks and lasts six months.
            new ImportedTaskJourney.Contract(
                    "18/2026/HĐ-KHCN",
                    14,
                    6,
                    3,
                    "Chủ nhiệm nộp báo cáo định kỳ 3 tháng; bàn giao 5 tấn chế phẩm cho địa chỉ ứng dụng."),
            new ImportedTaskJourney.Inspection(
                    2,
                    "Phòng Quản lý khoa học: ThS. Nguyễn Văn Tâm (trưởng đoàn), KS. Lê Thị Hạnh",
                    "Đã phân lập 9 chủng vi sinh, tuyển chọn 6 chủng; ô thí nghiệm 2 ha tại Mộc Hoá đúng thuyết minh.",
                    "Nhiệm vụ thực hiện đúng tiến độ và nội dung hợp đồng.",
                    "Bổ sung nhật ký theo dõi nhiệt độ đống ủ hằng ngày."),
            new ImportedTaskJourney.Adjustment(
                    "Chuyển 1 ha thử nghiệm từ xã Bình Hoà Tây sang xã Bình Hiệp",
                    "Ruộng thử nghiệm cũ bị ngập do triều cường",
                    "96/SKHCN-QLKH",
                    5,
                    "Đồng ý."),
            new ImportedTaskJourney.Reports(
                    "Đã phân lập và tuyển chọn 6 chủng vi sinh vật phân giải cellulose (giai đoạn %d);"
                            + " thử nghiệm trên 2 ha ruộng tại Mộc Hoá.",
                    "Đúng tiến độ."),
            new ImportedTaskJourney.Payments(
                    10,
                    "Tạm ứng đợt 1 theo hợp đồng",
                    "UNC-2026-0318",
                    12,
                    "Sản phẩm đã được nghiệm thu",
                    "UNC-2026-",
                    20),
            new ImportedTaskJourney.Dossier(
                    "Báo cáo tổng hợp: sản xuất 5,2 tấn chế phẩm vi sinh, mật độ vi sinh vật hữu ích 2×10⁸ CFU/g.",
                    "Tóm tắt: rơm rạ phân huỷ hoàn toàn sau 21 ngày trên 30 ha thử nghiệm.",
                    "Tự đánh giá: các sản phẩm đạt và vượt chỉ tiêu đặt hàng.",
                    "TS. Nguyễn Văn Hùng: 60\nThS. Lê Thị Thu Hà: 40"),
            new ImportedTaskJourney.Council(
                    "508/QĐ-SKHCN",
                    List.of(
                            "Sản phẩm đạt và vượt chỉ tiêu mật độ vi sinh; đề nghị công bố quy trình.",
                            "Thời gian phân huỷ rơm rạ 21 ngày, tốt hơn yêu cầu 25 ngày.",
                            "Số liệu đồng ruộng đầy đủ; cần bổ sung đánh giá trên đất phèn nặng.",
                            "Hồ sơ tài chính rõ ràng.",
                            "Đồng ý nghiệm thu."),
                    "Hội đồng thống nhất xếp loại Đạt theo phiếu đánh giá của các thành viên.",
                    "Hội đồng thống nhất xếp loại Đạt."),
            new ImportedTaskJourney.Result(
                    "Chế phẩm vi sinh phân giải rơm rạ tại ruộng cho vùng lúa Đồng Tháp Mười",
                    "Chế phẩm từ 6 chủng vi sinh vật bản địa phân giải cellulose, mật độ 2×10⁸ CFU/g;"
                            + " rơm rạ phân huỷ sau 21 ngày, giảm đốt rơm và bổ sung chất hữu cơ cho đất.",
                    "TS. Nguyễn Văn Hùng, ThS. Lê Thị Thu Hà",
                    "chế phẩm vi sinh, rơm rạ, lúa, nông nghiệp tuần hoàn",
                    "Các hợp tác xã và doanh nghiệp trồng lúa của tỉnh",
                    "31/2026/GCN-KQNV",
                    10),
            new ImportedTaskJourney.Use(
                    "Xã Bình Hiệp, thị xã Kiến Tường",
                    "4 tấn chế phẩm, 320 ha lúa vụ Đông Xuân",
                    "Không đốt rơm trên 320 ha, giảm 15% phân bón hoá học, năng suất tăng 0,3 tấn/ha",
                    new BigDecimal("0"),
                    new BigDecimal("410000000")),
            new ImportedTaskJourney.Asset("Tủ cấy vi sinh an toàn sinh học cấp II", new BigDecimal("95000000")),
            // base 500 million × 70% = 350 million: authors at least 30% (105 million), intermediaries 10% (35 million)
            new ImportedTaskJourney.Commercialisation(
                    "LICENCE",
                    5,
                    "Công ty TNHH Phân bón hữu cơ Đồng Tháp Mười",
                    new BigDecimal("1200000000"),
                    new BigDecimal("500000000"),
                    new BigDecimal("70"),
                    new BigDecimal("120000000"),
                    new BigDecimal("40000000")));
}
