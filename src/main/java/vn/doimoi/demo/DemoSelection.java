package vn.doimoi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.CouncilImport;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.ImportedSeat;
import vn.doimoi.projects.ImportedSheet;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionImport;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;

/**
 * Calls for tasks (profile {@code demo}), added once through {@link SelectionImport}: three tasks
 * that went through call, dossiers, council and approval earlier this year (each step dated when
 * it happened, so their {@code TaskApproved} events reach part 2), one open call with a submitted
 * dossier, and one call whose deadline passed yesterday with two dossiers (closed when the
 * application is ready), for STAFF ({@code canbo}) to open the dossiers and form the council in
 * the browser. The figures
 * are illustrative.
 */
@Component
@Profile("demo")
@Order(40)
class DemoSelection implements ApplicationRunner {

    /** The nine seats of a selection council, in the order of the founding decision. */
    static final List<String> SEATS =
            List.of("CHAIR", "VICE_CHAIR", "REVIEWER", "REVIEWER", "SECRETARY", "MEMBER", "MEMBER", "MEMBER", "MEMBER");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SelectionImport selection;
    private final CouncilImport councils;
    private final Directory directory;
    private final DemoSession session;
    private final DemoApplicants intake;
    private final DemoExpertCouncils expertCouncils;

    DemoSelection(
            SelectionImport selection,
            CouncilImport councils,
            Directory directory,
            DemoSession session,
            DemoApplicants intake,
            DemoExpertCouncils expertCouncils) {
        this.selection = selection;
        this.councils = councils;
        this.directory = directory;
        this.session = session;
        this.intake = intake;
        this.expertCouncils = expertCouncils;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (selection.hasCalls()) {
            return;
        }
        UUID science = session.organisation("Sở Khoa học và Công nghệ tỉnh Tây Ninh");
        UUID agritech = session.organisation("Công ty Cổ phần Nông nghiệp Công nghệ cao Mộc Hoá");
        UUID university = session.organisation("Trường Đại học Kinh tế Công nghiệp Long An");
        UUID centre = session.organisation("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ");
        List<UUID> experts = experts(science);
        approvedTask(
                LocalDate.of(2026, 3, 2),
                call(
                        "Nghiên cứu sản xuất chế phẩm vi sinh xử lý rơm rạ tại ruộng cho vùng lúa Đồng Tháp Mười",
                        TaskType.RESEARCH_TOPIC,
                        SelectionMethod.COMPETITION,
                        agritech,
                        LocalDate.of(2026, 3, 2).plusDays(40),
                        new CallData.Product(
                                "Chế phẩm vi sinh phân giải rơm rạ",
                                "5 tấn",
                                List.of(
                                        new ProductSpec("Mật độ vi sinh vật hữu ích", "CFU/g", "≥ 10⁸"),
                                        new ProductSpec("Thời gian phân huỷ rơm rạ", "ngày", "≤ 25")))),
                List.of(university, centre),
                experts,
                "1235/QĐ-UBND");
        approvedTask(
                LocalDate.of(2026, 4, 6),
                call(
                        "Xây dựng mô hình truy xuất nguồn gốc thanh long theo tiêu chuẩn GS1 tại huyện Châu Thành",
                        TaskType.PILOT_PRODUCTION,
                        SelectionMethod.DIRECT_ASSIGNMENT,
                        null,
                        LocalDate.of(2026, 4, 6).plusDays(40),
                        new CallData.Product(
                                "Hệ thống truy xuất nguồn gốc thanh long",
                                "01 hệ thống",
                                List.of(
                                        new ProductSpec("Số hộ, hợp tác xã tham gia", "đơn vị", "≥ 50"),
                                        new ProductSpec("Sản lượng được gắn mã truy xuất", "tấn/năm", "≥ 2.000")))),
                List.of(agritech),
                experts,
                "1688/QĐ-UBND");
        // the task the demo takes to a failed acceptance closed under risk acceptance (DemoFailedTask)
        approvedTask(
                LocalDate.of(2026, 1, 12),
                call(
                        DemoFailedTask.TITLE,
                        TaskType.PILOT_PRODUCTION,
                        SelectionMethod.COMPETITION,
                        null,
                        LocalDate.of(2026, 1, 12).plusDays(40),
                        new CallData.Product(
                                "Mô hình nuôi tôm càng xanh luân canh trên ruộng lúa",
                                "04 ha",
                                List.of(
                                        new ProductSpec("Năng suất tôm thương phẩm", "kg/ha", "≥ 600"),
                                        new ProductSpec("Tỷ lệ sống", "%", "≥ 50")))),
                List.of(centre, university),
                experts,
                "0917/QĐ-UBND");
        openCallWithDossier(university);
        callPastDeadline(agritech, centre);
        expertCouncils.load(experts, agritech, centre);
    }

    /** A call that ran earlier this year: dossiers, their opening, the council, appraisal and approval. */
    private void approvedTask(
            LocalDate start, CallData terms, List<UUID> applicants, List<UUID> experts, String decision) {
        LocalDate deadline = terms.deadlineOn();
        UUID call = session.as("canbo", () -> selection.openedCall(terms, DemoSession.at(start, 9)));
        List<UUID> dossiers = new ArrayList<>();
        for (int n = 0; n < applicants.size(); n++) {
            dossiers.add(intake.submit(call, applicants.get(n), n, DemoSession.at(deadline.minusDays(3 + n), 10)));
        }
        UUID task = session.as("canbo", () -> {
            selection.dossiersOpened(
                    call,
                    "Ngày " + DAY.format(deadline.plusDays(1))
                            + ", tổ mở hồ sơ gồm đại diện Phòng Quản lý khoa học và Văn phòng Sở đã mở "
                            + dossiers.size() + " hồ sơ; các hồ sơ đều đầy đủ theo Thông tư 20/2023/TT-BKHCN.",
                    DemoSession.at(deadline.plusDays(1), 8));
            UUID council = selection.council(
                    call,
                    "Quyết định số " + (300 + applicants.size()) + "/QĐ-SKHCN",
                    DemoSession.at(deadline.plusDays(10), 8));
            councils.seated(council, seats(experts), DemoSession.at(deadline.plusDays(10), 8));
            meeting(council, dossiers, DemoSession.at(deadline.plusDays(15), 8));
            return selection.concluded(council, DemoSession.at(deadline.plusDays(15), 16));
        });
        if (task == null) {
            return;
        }
        session.as("canbo", () -> {
            selection.appraised(
                    task,
                    appraisal(DemoDossiers.budget(0)),
                    "Tổ thẩm định điều chỉnh giảm theo định mức Thông tư 03/2023/TT-BTC.",
                    "Tổ thẩm định kinh phí (Phòng Kế hoạch - Tài chính) họp và thống nhất điều chỉnh.",
                    DemoSession.at(deadline.plusDays(25), 9));
            selection.approved(
                    task,
                    decision,
                    deadline.plusDays(35),
                    "Phó Chủ tịch UBND tỉnh",
                    DemoSession.at(deadline.plusDays(35), 9));
            return null;
        });
    }

    /** Signed declarations and paper sheets of every member present. */
    private void meeting(UUID council, List<UUID> dossiers, Instant at) {
        paperSheets(councils, council, councils.met(council, at), dossiers, at);
    }

    /** The members' paper sheets, entered by the secretary: the first dossier scores about four points above the next. */
    static void paperSheets(CouncilImport councils, UUID council, List<UUID> members, List<UUID> dossiers, Instant at) {
        int bias = 0;
        for (UUID person : members) {
            for (int d = 0; d < dossiers.size(); d++) {
                int shift = (bias++ % 3) - d * 4;
                councils.sheet(
                        council,
                        new ImportedSheet(
                                person,
                                dossiers.get(d),
                                Map.of(
                                        "URGENCY",
                                        12,
                                        "CONTENT",
                                        24 + shift,
                                        "PRODUCTS",
                                        16,
                                        "CAPACITY",
                                        16,
                                        "IMPACT",
                                        12),
                                null,
                                d == 0
                                        ? "Thuyết minh rõ ràng, sản phẩm đo đếm được."
                                        : "Cần làm rõ phương án nhân rộng."),
                        at);
            }
        }
    }

    /** The appraisal group keeps 92% of each line's state share, in whole millions; other sources as asked. */
    private static List<DossierData.Line> appraisal(List<DossierData.Line> requested) {
        return requested.stream()
                .map(line -> new DossierData.Line(
                        line.item(),
                        line.stateAmount().multiply(new BigDecimal("0.92")).setScale(-6, RoundingMode.DOWN),
                        line.otherAmount()))
                .toList();
    }

    private void openCallWithDossier(UUID applicant) {
        LocalDate today = DemoSession.today();
        UUID call = session.as(
                "canbo",
                () -> selection.openedCall(
                        call(
                                "Ứng dụng trí tuệ nhân tạo dự báo sâu bệnh hại lúa trên địa bàn tỉnh",
                                TaskType.RESEARCH_TOPIC,
                                SelectionMethod.COMPETITION,
                                null,
                                today.plusDays(30),
                                new CallData.Product(
                                        "Phần mềm dự báo sâu bệnh hại lúa",
                                        "01 phần mềm",
                                        List.of(
                                                new ProductSpec("Độ chính xác dự báo rầy nâu", "%", "≥ 85"),
                                                new ProductSpec("Thời gian dự báo trước", "ngày", "≥ 7")))),
                        DemoSession.at(today.minusDays(5), 9)));
        intake.submit(call, applicant, 0, DemoSession.at(today.minusDays(5), 9));
    }

    private void callPastDeadline(UUID first, UUID second) {
        LocalDate today = DemoSession.today();
        LocalDate deadline = today.minusDays(1);
        UUID call = session.as(
                "canbo",
                () -> selection.openedCall(
                        call(
                                "Hoàn thiện quy trình canh tác lúa hữu cơ gắn với tín chỉ các-bon tại vùng Đồng Tháp Mười",
                                TaskType.PILOT_PRODUCTION,
                                SelectionMethod.COMPETITION,
                                null,
                                deadline,
                                new CallData.Product(
                                        "Quy trình canh tác lúa hữu cơ giảm phát thải",
                                        "01 quy trình",
                                        List.of(
                                                new ProductSpec("Năng suất", "tấn/ha", "≥ 6,5"),
                                                new ProductSpec(
                                                        "Giảm phát thải khí nhà kính so với canh tác truyền thống",
                                                        "%",
                                                        "≥ 20")))),
                        DemoSession.at(today.minusDays(40), 9)));
        intake.submit(call, first, 0, DemoSession.at(deadline.minusDays(2), 9));
        intake.submit(call, second, 1, DemoSession.at(deadline, 23));
    }

    /** The terms every demo call shares, around its own task. */
    static CallData call(
            String title,
            TaskType type,
            SelectionMethod method,
            @Nullable UUID adopter,
            LocalDate deadline,
            CallData.Product product) {
        return new CallData(
                title,
                type,
                method,
                "Tạo ra sản phẩm khoa học và công nghệ có chỉ tiêu đo đếm được, ứng dụng tại địa phương. " + title
                        + ".",
                "Tổ chức khoa học và công nghệ, doanh nghiệp có tư cách pháp nhân, có chức năng hoạt động phù hợp"
                        + " và không đang chủ trì nhiệm vụ quá hạn.",
                "Đơn đăng ký (B1-1-ĐON); thuyết minh (B1-2a-TMĐTCN hoặc B1-2c-TMDA); tóm tắt hoạt động của tổ"
                        + " chức (B1-3-LLTC); lý lịch khoa học (B1-4-LLCN); xác nhận phối hợp (B1-5-PHNC).",
                List.of("401"),
                adopter,
                new BigDecimal("1200000000"),
                24,
                deadline,
                "Quyết định số 2890/QĐ-UBND phê duyệt danh mục nhiệm vụ KH&CN cấp tỉnh đặt hàng năm 2026",
                List.of(product));
    }

    /** Nine experts: seven from outside, then Lê Văn Hoà (DLA, user chuyengia) and Nguyễn Thị Mỹ Duyên (Mộc Hoá Agritech). */
    private List<UUID> experts(UUID science) {
        List<UUID> list = new ArrayList<>();
        String[][] people = {
            {"Phạm Minh Tuấn", "Nguyên Phó Viện trưởng Viện Lúa Đồng bằng sông Cửu Long", "401"},
            {"Đặng Thị Thu Hà", "Giảng viên chính, Trường Đại học Cần Thơ", "401"},
            {"Lương Văn Sơn", "Chuyên gia công nghệ vi sinh, Viện Sinh học nhiệt đới", "406"},
            {"Trần Quốc Việt", "Trưởng phòng Kinh tế, Ủy ban nhân dân huyện Tân Thạnh", "401"},
            {"Võ Thanh Hải", "Kỹ sư trưởng chế biến nông sản", "401"},
            {"Huỳnh Thị Kim Loan", "Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật", "401"},
            {"Bùi Đức Long", "Chuyên gia quản lý tài chính khoa học và công nghệ", "102"},
        };
        for (String[] p : people) {
            list.add(directory.ensureExpert(p[0], Degree.TS, p[1], null, Set.of(p[2]), p[1], null));
        }
        for (String name : List.of("Lê Văn Hoà", "Nguyễn Thị Mỹ Duyên")) {
            directory.people().stream()
                    .filter(p -> p.fullName().equals(name))
                    .findFirst()
                    .ifPresent(p -> list.add(p.id()));
        }
        directory.recordAffiliation(list.get(0), science, 2004, 2008);
        return list;
    }

    static List<ImportedSeat> seats(List<UUID> people) {
        List<ImportedSeat> seats = new ArrayList<>();
        for (int i = 0; i < people.size() && i < SEATS.size(); i++) {
            seats.add(new ImportedSeat(people.get(i), SEATS.get(i)));
        }
        return seats;
    }
}
