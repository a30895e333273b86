package vn.doimoi.projects.selection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Notifications;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.MemberView;
import vn.doimoi.projects.councils.SheetEntry;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.support.Notices;
import vn.doimoi.projects.tasks.TaskRepository;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Demo data (profile {@code demo}), added once and only through the real service: two tasks
 * that went through call, dossiers, council and approval earlier this year (replayed with a
 * clock set to the dates of each step, so their {@code TaskApproved} events reach part 2), one
 * open call with a submitted dossier, and one call whose deadline passed yesterday with two
 * dossiers, for STAFF ({@code canbo}) to close, open the dossiers and form the council in the
 * browser. The figures are illustrative.
 */
@Component
@Profile("demo")
@Order(40)
public class DemoSelection implements ApplicationRunner {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CallRepository calls;
    private final Selection selection;
    private final Dossiers dossierDesk;
    private final SelectionCouncil selectionCouncil;
    private final Councils councils;
    private final Approvals approvals;
    private final Directory directory;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final MovableClock clock = new MovableClock();

    DemoSelection(
            CallRepository calls,
            DossierRepository dossiers,
            Councils councils,
            TaskRepository tasks,
            Notices notices,
            Directory directory,
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            AuditLog audit,
            ApplicationEventPublisher events,
            UserDetailsService users,
            PlatformTransactionManager transactions) {
        this.calls = calls;
        this.directory = directory;
        this.users = users;
        this.tx = new TransactionTemplate(transactions);
        // the demo's own clock dates calls and dossiers in the past; the council engine is the application's
        SelectionViews views = new SelectionViews(calls, directory, clock);
        this.councils = councils;
        this.selection = new Selection(calls, dossiers, tasks, councils, views, accounts, audit, clock);
        this.dossierDesk = new Dossiers(dossiers, calls, councils, views, accounts, notices, audit, clock);
        this.selectionCouncil = new SelectionCouncil(councils, calls, dossiers, tasks, accounts, notices, audit, clock);
        this.approvals = new Approvals(tasks, accounts, notifications, messages, audit, events, clock);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (calls.count() > 0) {
            return;
        }
        UUID science = org("Sở Khoa học và Công nghệ tỉnh Long An");
        UUID agritech = org("Công ty Cổ phần Nông nghiệp Công nghệ cao Mộc Hoá");
        UUID university = org("Trường Đại học Kinh tế Công nghiệp Long An");
        UUID centre = org("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ");
        this.agritech = agritech;
        List<UUID> experts = experts(science);
        try {
            approvedTask(
                    LocalDate.of(2026, 3, 2),
                    "Nghiên cứu sản xuất chế phẩm vi sinh xử lý rơm rạ tại ruộng cho vùng lúa Đồng Tháp Mười",
                    TaskType.RESEARCH_TOPIC,
                    SelectionMethod.COMPETITION,
                    agritech,
                    List.of(university, centre),
                    experts,
                    new CallData.Product(
                            null,
                            "Chế phẩm vi sinh phân giải rơm rạ",
                            "5 tấn",
                            List.of(
                                    new ProductSpec("Mật độ vi sinh vật hữu ích", "CFU/g", "≥ 10⁸"),
                                    new ProductSpec("Thời gian phân huỷ rơm rạ", "ngày", "≤ 25"))),
                    "1235/QĐ-UBND");
            approvedTask(
                    LocalDate.of(2026, 4, 6),
                    "Xây dựng mô hình truy xuất nguồn gốc thanh long theo tiêu chuẩn GS1 tại huyện Châu Thành",
                    TaskType.PILOT_PRODUCTION,
                    SelectionMethod.DIRECT_ASSIGNMENT,
                    null,
                    List.of(agritech),
                    experts,
                    new CallData.Product(
                            null,
                            "Hệ thống truy xuất nguồn gốc thanh long",
                            "01 hệ thống",
                            List.of(
                                    new ProductSpec("Số hộ, hợp tác xã tham gia", "đơn vị", "≥ 50"),
                                    new ProductSpec("Sản lượng được gắn mã truy xuất", "tấn/năm", "≥ 2.000"))),
                    "1688/QĐ-UBND");
            openCallWithDossier(university);
            callPastDeadline(agritech, centre);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void approvedTask(
            LocalDate start,
            String title,
            TaskType type,
            SelectionMethod method,
            UUID adopter,
            List<UUID> applicants,
            List<UUID> experts,
            CallData.Product product,
            String decision) {
        LocalDate deadline = start.plusDays(40);
        UUID call = createAndOpen(start, title, type, method, adopter, deadline, product);
        List<UUID> dossiers = new ArrayList<>();
        int n = 0;
        for (UUID applicant : applicants) {
            at(deadline.minusDays(3 + n), 10);
            dossiers.add(submit(call, applicant, n++));
        }
        at(deadline.plusDays(1), 8);
        as("canbo", () -> {
            selection.closeCall(call, version(call));
            selection.openDossiers(
                    call,
                    version(call),
                    "Ngày " + deadline.plusDays(1) + ", tổ mở hồ sơ gồm đại diện Phòng Quản lý khoa học và Văn phòng Sở"
                            + " đã mở " + dossiers.size()
                            + " hồ sơ; các hồ sơ đều đầy đủ theo Thông tư 20/2023/TT-BKHCN.",
                    Map.of());
            return null;
        });
        at(deadline.plusDays(10), 8);
        int number = 300 + n;
        UUID council = as("canbo", () -> selectionCouncil.createCouncil(call, "Quyết định số " + number + "/QĐ-SKHCN"));
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        CouncilRole[] roles = {
            CouncilRole.CHAIR,
            CouncilRole.VICE_CHAIR,
            CouncilRole.REVIEWER,
            CouncilRole.REVIEWER,
            CouncilRole.SECRETARY,
            CouncilRole.MEMBER,
            CouncilRole.MEMBER,
            CouncilRole.MEMBER,
            CouncilRole.MEMBER
        };
        for (int i = 0; i < experts.size() && i < roles.length; i++) {
            seats.put(experts.get(i), roles[i]);
        }
        as("canbo", () -> {
            councils.seat(council, selectionCouncil.council(council).version(), seats);
            return null;
        });
        at(deadline.plusDays(15), 8);
        Set<UUID> present = new java.util.HashSet<>();
        as("canbo", () -> {
            for (MemberView member : selectionCouncil.council(council).members()) {
                if (!member.excluded()) {
                    councils.declareOnPaper(council, member.personId());
                    present.add(member.personId());
                }
            }
            councils.start(council, selectionCouncil.council(council).version(), present);
            int bias = 0;
            for (UUID person : present) {
                for (int d = 0; d < dossiers.size(); d++) {
                    int shift = (bias++ % 3) - d * 4;
                    councils.scoreOnPaper(
                            council,
                            person,
                            dossiers.get(d),
                            SheetEntry.of(
                                    Map.of(
                                            "URGENCY", 12,
                                            "CONTENT", 24 + shift,
                                            "PRODUCTS", 16,
                                            "CAPACITY", 16,
                                            "IMPACT", 12),
                                    d == 0
                                            ? "Thuyết minh rõ ràng, sản phẩm đo đếm được."
                                            : "Cần làm rõ phương án nhân rộng."));
                }
            }
            return null;
        });
        at(deadline.plusDays(15), 16);
        UUID task = as(
                "canbo",
                () -> selectionCouncil.conclude(
                        council, selectionCouncil.council(council).version()));
        at(deadline.plusDays(25), 9);
        as("canbo", () -> {
            Views.TaskView view = selection.task(task);
            approvals.appraiseLines(
                    task,
                    view.version(),
                    view.budgetLines().stream()
                            .map(line -> new LineAdjustment(
                                    line.position(),
                                    line.requestedState()
                                            .multiply(new BigDecimal("0.92"))
                                            .setScale(-6, java.math.RoundingMode.DOWN),
                                    line.requestedOther(),
                                    "Tổ thẩm định điều chỉnh giảm theo định mức Thông tư 03/2023/TT-BTC."))
                            .toList(),
                    "Tổ thẩm định kinh phí (Phòng Kế hoạch - Tài chính) họp và thống nhất điều chỉnh.");
            return null;
        });
        at(deadline.plusDays(35), 9);
        as("canbo", () -> {
            approvals.approve(
                    task, selection.task(task).version(), decision, deadline.plusDays(35), "Phó Chủ tịch UBND tỉnh");
            return null;
        });
    }

    private void openCallWithDossier(UUID applicant) {
        LocalDate today = LocalDate.now(VIETNAM);
        clock.set(null);
        UUID call = createAndOpen(
                today.minusDays(5),
                "Ứng dụng trí tuệ nhân tạo dự báo sâu bệnh hại lúa trên địa bàn tỉnh",
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                null,
                today.plusDays(30),
                new CallData.Product(
                        null,
                        "Phần mềm dự báo sâu bệnh hại lúa",
                        "01 phần mềm",
                        List.of(
                                new ProductSpec("Độ chính xác dự báo rầy nâu", "%", "≥ 85"),
                                new ProductSpec("Thời gian dự báo trước", "ngày", "≥ 7"))));
        submit(call, applicant, 0);
    }

    private void callPastDeadline(UUID first, UUID second) {
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate deadline = today.minusDays(1);
        UUID call = createAndOpen(
                today.minusDays(40),
                "Hoàn thiện quy trình canh tác lúa hữu cơ gắn với tín chỉ các-bon tại vùng Đồng Tháp Mười",
                TaskType.PILOT_PRODUCTION,
                SelectionMethod.COMPETITION,
                null,
                deadline,
                new CallData.Product(
                        null,
                        "Quy trình canh tác lúa hữu cơ giảm phát thải",
                        "01 quy trình",
                        List.of(
                                new ProductSpec("Năng suất", "tấn/ha", "≥ 6,5"),
                                new ProductSpec(
                                        "Giảm phát thải khí nhà kính so với canh tác truyền thống", "%", "≥ 20"))));
        at(deadline.minusDays(2), 9);
        submit(call, first, 0);
        at(deadline, 23);
        submit(call, second, 1);
        clock.set(null);
    }

    private UUID createAndOpen(
            LocalDate start,
            String title,
            TaskType type,
            SelectionMethod method,
            UUID adopter,
            LocalDate deadline,
            CallData.Product product) {
        at(start, 9);
        return as("canbo", () -> {
            UUID id = selection.createCall(new CallData(
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
                    List.of(product)));
            selection.openCall(id, version(id));
            return id;
        });
    }

    private UUID agritech;

    /** The demo member {@code doanhnghiep} applies online for its enterprise; other dossiers arrive on paper. */
    private UUID submit(UUID call, UUID applicant, int n) {
        List<UUID> people = directory.people().stream()
                .filter(p -> applicant.equals(p.organisationId()))
                .map(p -> p.id())
                .toList();
        UUID pi = people.isEmpty() ? directory.people().get(0).id() : people.get(0);
        DossierData data = new DossierData(
                pi,
                List.of(),
                List.of(),
                "Làm chủ công nghệ và tạo sản phẩm đạt các chỉ tiêu đặt hàng.",
                "Nội dung 1: khảo sát, đánh giá hiện trạng. Nội dung 2: nghiên cứu, hoàn thiện công nghệ."
                        + " Nội dung 3: xây dựng mô hình trình diễn và chuyển giao.",
                "Thí nghiệm đồng ruộng có đối chứng, phân tích thống kê; kế thừa kết quả đã công bố.",
                "Tháng 1–6: khảo sát; tháng 7–18: nghiên cứu; tháng 19–24: mô hình và nghiệm thu.",
                24,
                List.of(
                        new DossierData.Line(
                                "Thuê khoán chuyên môn",
                                new BigDecimal(n == 0 ? "620000000" : "580000000"),
                                BigDecimal.ZERO),
                        new DossierData.Line(
                                "Nguyên vật liệu, năng lượng",
                                new BigDecimal("310000000"),
                                new BigDecimal("150000000")),
                        new DossierData.Line("Chi khác", new BigDecimal("90000000"), new BigDecimal("20000000"))));
        if (!applicant.equals(agritech)) {
            return as("canbo", () -> dossierDesk.recordPaperDossier(call, applicant, data));
        }
        return as("doanhnghiep", () -> {
            UUID dossier = dossierDesk.startDossier(call);
            dossierDesk.saveDossier(dossier, dossierDesk.dossier(dossier).version(), data);
            dossierDesk.submitDossier(dossier, dossierDesk.dossier(dossier).version());
            return dossier;
        });
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
        list.stream().limit(1).forEach(id -> directory.recordAffiliation(id, science, 2004, 2008));
        return list;
    }

    private UUID org(String name) {
        return directory.organisations().stream()
                .filter(o -> o.name().equals(name))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseGet(() -> directory.ensureAgency(name, null, "Tây Ninh"));
    }

    private long version(UUID call) {
        return selection.call(call).version();
    }

    private void at(LocalDate day, int hour) {
        clock.set(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0))
                .atZone(VIETNAM)
                .toInstant());
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return tx.execute(status -> work.get());
    }

    /** A clock the demo moves to each step's date; null means the real time. */
    public static final class MovableClock extends Clock {

        private Instant instant;

        public void set(Instant instant) {
            this.instant = instant;
        }

        @Override
        public ZoneId getZone() {
            return VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return instant == null ? Instant.now() : instant;
        }
    }
}
