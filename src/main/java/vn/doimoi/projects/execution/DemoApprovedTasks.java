package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;

/**
 * Demo only (profile {@code demo}): stands in for part 1 by publishing {@link TaskApproved} for
 * two approved tasks of the province, with fixed ids so a restart adds nothing. When part 1's
 * own demo approves tasks, delete this class: nothing else depends on it.
 */
@Component
@Profile("demo")
@Order(60)
class DemoApprovedTasks implements ApplicationRunner {

    static final UUID RICE_TASK = UUID.fromString("00000006-0000-4000-8000-000000000001");
    static final UUID LIME_TASK = UUID.fromString("00000006-0000-4000-8000-000000000002");

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final ExecutionTaskRepository tasks;
    private final Directory directory;

    DemoApprovedTasks(
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            ExecutionTaskRepository tasks,
            Directory directory) {
        this.publisher = publisher;
        this.transactions = transactions;
        this.tasks = tasks;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UUID> enterprise =
                directory.organisationByTaxCode("1100601172").map(OrganisationSummary::id);
        Optional<UUID> centre = directory.organisations().stream()
                .filter(o -> o.name().startsWith("Trung tâm Ứng dụng tiến bộ khoa học"))
                .map(OrganisationSummary::id)
                .findFirst();
        if (enterprise.isEmpty() || centre.isEmpty()) {
            return;
        }
        if (!tasks.existsById(RICE_TASK)) {
            publish(rice(enterprise.get(), centre.get()));
        }
        if (!tasks.existsById(LIME_TASK)) {
            publish(lime(centre.get(), enterprise.get()));
        }
    }

    private void publish(TaskApproved approved) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(approved));
    }

    static TaskApproved rice(UUID host, UUID adopter) {
        return new TaskApproved(
                RICE_TASK,
                "DA.2026.03",
                "Xây dựng mô hình sản xuất lúa hữu cơ ứng dụng IoT giám sát tưới ướt khô xen kẽ tại vùng Đồng Tháp Mười",
                TaskType.PILOT_PRODUCTION,
                SelectionMethod.DIRECT_ASSIGNMENT,
                host,
                null,
                adopter,
                List.of("401"),
                List.of(
                        new ApprovedProduct(
                                UUID.fromString("00000006-0000-4000-8000-000000000101"),
                                "Quy trình canh tác lúa hữu cơ có tưới ướt khô xen kẽ điều khiển bằng IoT",
                                "01 quy trình",
                                List.of(
                                        new ProductSpec("Năng suất lúa", "tấn/ha", "≥ 6,0"),
                                        new ProductSpec("Lượng nước tưới tiết kiệm so với tưới ngập", "%", "≥ 25"))),
                        new ApprovedProduct(
                                UUID.fromString("00000006-0000-4000-8000-000000000102"),
                                "Hệ thống cảm biến mực nước ruộng và phần mềm giám sát",
                                "01 hệ thống, 20 nút cảm biến",
                                List.of(
                                        new ProductSpec("Sai số đo mực nước", "mm", "≤ 5"),
                                        new ProductSpec("Thời gian hoạt động bằng pin mặt trời", "tháng", "≥ 12"))),
                        new ApprovedProduct(
                                UUID.fromString("00000006-0000-4000-8000-000000000103"),
                                "Mô hình trình diễn lúa hữu cơ",
                                "50 ha",
                                List.of(
                                        new ProductSpec("Diện tích mô hình", "ha", "≥ 50"),
                                        new ProductSpec("Lợi nhuận tăng so với canh tác thông thường", "%", "≥ 15")))),
                new BigDecimal("1850000000"),
                new BigDecimal("620000000"),
                24,
                "2735/QĐ-UBND",
                LocalDate.of(2026, 10, 15));
    }

    static TaskApproved lime(UUID host, UUID adopter) {
        return new TaskApproved(
                LIME_TASK,
                "ĐT.2026.07",
                "Nghiên cứu nhân giống in vitro cây chanh không hạt sạch bệnh phục vụ vùng nguyên liệu của tỉnh",
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                host,
                null,
                adopter,
                List.of("406"),
                List.of(
                        new ApprovedProduct(
                                UUID.fromString("00000006-0000-4000-8000-000000000201"),
                                "Quy trình nhân giống in vitro cây chanh không hạt",
                                "01 quy trình",
                                List.of(
                                        new ProductSpec("Hệ số nhân chồi", "lần/chu kỳ", "≥ 4"),
                                        new ProductSpec("Tỷ lệ cây sống khi ra vườn ươm", "%", "≥ 85"))),
                        new ApprovedProduct(
                                UUID.fromString("00000006-0000-4000-8000-000000000202"),
                                "Cây giống chanh không hạt sạch bệnh",
                                "20.000 cây",
                                List.of(new ProductSpec("Tỷ lệ cây sạch bệnh vàng lá gân xanh", "%", "100")))),
                new BigDecimal("960000000"),
                BigDecimal.ZERO,
                18,
                "2736/QĐ-UBND",
                LocalDate.of(2026, 10, 15));
    }
}
