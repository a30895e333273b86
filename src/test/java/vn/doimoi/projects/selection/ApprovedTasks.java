package vn.doimoi.projects.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.tasks.Task;
import vn.doimoi.projects.tasks.TaskRepository;

/** For tests outside this package: a task selected from a call and approved for {@code host}, saved. */
public final class ApprovedTasks {

    private static final String TITLE = "Nghiên cứu quy trình nhân giống sen đá bằng nuôi cấy mô";

    private ApprovedTasks() {}

    /** An open call anyone can read, with a deadline a month away. */
    public static UUID openCall(CallRepository calls) {
        Call call = call(calls, "TB-T-" + UUID.randomUUID().toString().substring(0, 8), Instant.now(), TITLE, null);
        call.open(Instant.now());
        return calls.save(call).id();
    }

    public static TaskApproved approved(
            CallRepository calls, DossierRepository dossiers, TaskRepository tasks, UUID host) {
        return approved(calls, dossiers, tasks, host, LocalDate.now());
    }

    /** The same, its approval decision dated {@code decidedOn} (which law governs it follows that date). */
    public static TaskApproved approved(
            CallRepository calls, DossierRepository dossiers, TaskRepository tasks, UUID host, LocalDate decidedOn) {
        return approved(calls, dossiers, tasks, host, decidedOn, TITLE, null);
    }

    /** The same, for a call (and so a task) titled {@code title}, ordered for {@code adopter} when given. */
    public static TaskApproved approved(
            CallRepository calls,
            DossierRepository dossiers,
            TaskRepository tasks,
            UUID host,
            LocalDate decidedOn,
            String title,
            @Nullable UUID adopter) {
        return approved(calls, dossiers, tasks, host, decidedOn, title, adopter, "TT20-2023");
    }

    /** The same, from a call selected under the selection-council version {@code ruleSetId}. */
    public static TaskApproved approved(
            CallRepository calls,
            DossierRepository dossiers,
            TaskRepository tasks,
            UUID host,
            LocalDate decidedOn,
            String title,
            @Nullable UUID adopter,
            String ruleSetId) {
        Instant now = Instant.now();
        Call call = call(calls, "NV-T-" + UUID.randomUUID().toString().substring(0, 8), now, title, adopter, ruleSetId);
        Dossier dossier = new Dossier(call.id(), host, 24, "Làm chủ quy trình nhân giống", now);
        dossier.edit(
                new DossierData(
                        null,
                        List.of(),
                        List.of(),
                        "Mục tiêu",
                        "Nội dung",
                        "Phương pháp",
                        "Tiến độ",
                        24,
                        List.of(new DossierData.Line("Công lao động", new BigDecimal("900000000"), BigDecimal.ZERO))),
                true,
                now);
        dossier = dossiers.save(dossier);
        Task task = new Task(call, dossier, new BigDecimal("85.00"), now);
        task.appraiseLines(
                List.of(new LineAdjustment(0, new BigDecimal("900000000"), BigDecimal.ZERO, "Giữ nguyên")), null);
        TaskApproved approved = task.approve("21/QĐ-UBND", decidedOn, "Chủ tịch", now);
        tasks.save(task);
        return approved;
    }

    private static Call call(CallRepository calls, String code, Instant now, String title, @Nullable UUID adopter) {
        return call(calls, code, now, title, adopter, "TT20-2023");
    }

    private static Call call(
            CallRepository calls, String code, Instant now, String title, @Nullable UUID adopter, String ruleSetId) {
        return calls.save(new Call(
                code,
                new CallData(
                        title,
                        TaskType.RESEARCH_TOPIC,
                        SelectionMethod.COMPETITION,
                        "Làm chủ quy trình nhân giống",
                        "Tổ chức có tư cách pháp nhân",
                        "B1-1-ĐON",
                        List.of("401"),
                        adopter,
                        new BigDecimal("1500000000"),
                        24,
                        LocalDate.now().plusDays(30),
                        null,
                        List.of(new CallData.Product(
                                null, "Quy trình", "01", List.of(new ProductSpec("Tỷ lệ sống", "%", "≥ 90"))))),
                ruleSetId,
                now));
    }
}
