package vn.doimoi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.CouncilImport;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionImport;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;

/**
 * Selection councils that wait for the demo expert {@code chuyengia} (Lê Văn Hoà), a reviewer on
 * each: one just formed, where he is invited to declare (and may declare a conflict of interest),
 * and two meeting now, where the other members' paper sheets are in and his sheets are missing.
 * Their calls closed in the last weeks; dates follow today.
 */
@Component
@Profile("demo")
class DemoExpertCouncils {

    private final SelectionImport selection;
    private final CouncilImport councils;
    private final DemoApplicants intake;
    private final DemoSession session;

    DemoExpertCouncils(SelectionImport selection, CouncilImport councils, DemoApplicants intake, DemoSession session) {
        this.selection = selection;
        this.councils = councils;
        this.intake = intake;
        this.session = session;
    }

    /**
     * One call and its council: days since the call's deadline, the founding decision, whether the
     * demo enterprise applied beside the centre, and whether the council meets now.
     */
    private record Plan(
            String title,
            String product,
            ProductSpec spec,
            int daysAgo,
            String decision,
            boolean enterprise,
            boolean meets) {}

    private static final List<Plan> PLANS = List.of(
            new Plan(
                    "Nghiên cứu quy trình nhân giống sầu riêng sạch bệnh bằng kỹ thuật vi ghép",
                    "Quy trình nhân giống sầu riêng sạch bệnh",
                    new ProductSpec("Tỷ lệ cây giống sạch bệnh", "%", "≥ 95"),
                    12,
                    "412/QĐ-SKHCN",
                    false,
                    false),
            new Plan(
                    "Ứng dụng cảm biến IoT giám sát chất lượng nước ao nuôi tôm thẻ chân trắng",
                    "Hệ thống cảm biến giám sát chất lượng nước",
                    new ProductSpec("Số chỉ tiêu đo liên tục", "chỉ tiêu", "≥ 5"),
                    30,
                    "398/QĐ-SKHCN",
                    true,
                    true),
            new Plan(
                    "Xây dựng cơ sở dữ liệu giống cây trồng bản địa phục vụ bảo tồn nguồn gen của tỉnh",
                    "Cơ sở dữ liệu nguồn gen giống cây trồng bản địa",
                    new ProductSpec("Số nguồn gen được mô tả", "nguồn gen", "≥ 120"),
                    24,
                    "405/QĐ-SKHCN",
                    false,
                    true));

    /**
     * The three calls and their councils; {@code experts} are DemoSelection's nine, the expert
     * {@code chuyengia} eighth.
     */
    void load(List<UUID> experts, UUID enterprise, UUID centre) {
        if (experts.size() < 8) {
            return;
        }
        List<UUID> seated = new ArrayList<>(experts);
        seated.add(2, seated.remove(7)); // the expert reviews
        UUID expert = seated.get(2);
        for (Plan plan : PLANS) {
            Call call = call(
                    plan.title(),
                    plan.product(),
                    plan.spec(),
                    DemoSession.today().minusDays(plan.daysAgo()));
            council(
                    call,
                    plan.decision(),
                    plan.enterprise() ? List.of(enterprise, centre) : List.of(centre),
                    seated,
                    plan.meets() ? expert : null);
        }
    }

    /**
     * The call's dossiers opened the day after its deadline and its council seated five days later;
     * with {@code scoring} given, the council met yesterday and every member but that one handed in
     * a paper sheet.
     */
    private void council(
            Call call, String decision, List<UUID> applicants, List<UUID> members, @Nullable UUID scoring) {
        List<UUID> dossiers = new ArrayList<>();
        for (int n = 0; n < applicants.size(); n++) {
            dossiers.add(intake.submit(
                    call.id(),
                    applicants.get(n),
                    n,
                    DemoSession.at(call.deadline().minusDays(2 + n), 10)));
        }
        session.as("canbo", () -> {
            selection.dossiersOpened(
                    call.id(),
                    "Tổ mở hồ sơ đã mở " + dossiers.size() + " hồ sơ; các hồ sơ đầy đủ thành phần theo thông báo.",
                    DemoSession.at(call.deadline().plusDays(1), 8));
            Instant formed = DemoSession.at(call.deadline().plusDays(6), 9);
            UUID council = selection.council(call.id(), "Quyết định số " + decision, formed);
            councils.seated(council, DemoSelection.seats(members), formed);
            if (scoring != null) {
                Instant met = DemoSession.at(DemoSession.today().minusDays(1), 8);
                List<UUID> others = councils.met(council, met).stream()
                        .filter(member -> !member.equals(scoring))
                        .toList();
                DemoSelection.paperSheets(councils, council, others, dossiers, met);
            }
            return null;
        });
    }

    private Call call(String title, String product, ProductSpec spec, LocalDate deadline) {
        UUID id = session.as(
                "canbo",
                () -> selection.openedCall(
                        DemoSelection.call(
                                title,
                                TaskType.RESEARCH_TOPIC,
                                SelectionMethod.COMPETITION,
                                null,
                                deadline,
                                new CallData.Product(product, "01 sản phẩm", List.of(spec))),
                        DemoSession.at(deadline.minusDays(45), 9)));
        return new Call(id, deadline);
    }

    private record Call(UUID id, LocalDate deadline) {}
}
