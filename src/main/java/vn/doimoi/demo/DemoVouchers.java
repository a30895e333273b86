package vn.doimoi.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.ecosystem.Vouchers;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewRole;

/**
 * Vouchers on the demo (issue 21, profile {@code demo}): the Department (STAFF {@code canbo})
 * publishes a voucher programme of Decree 268/2025; Mộc Hoá Agritech ({@code doanhnghiep}) applies;
 * the application goes to an advisory council of five experts (paper declarations and sheets typed by
 * STAFF, ADR 0080), which passes it, and it is granted an 80-million voucher, left unspent so that the
 * demo user spends it with one of the market's service listings. Added once (found by the programme's
 * title).
 */
@Component
@Profile("demo")
@Order(80)
class DemoVouchers implements ApplicationRunner {

    static final String TITLE = "Phiếu hỗ trợ đổi mới công nghệ cho doanh nghiệp nhỏ và vừa năm 2026";

    private final Vouchers vouchers;
    private final ReviewCouncils councils;
    private final Directory directory;
    private final DemoSession session;

    DemoVouchers(Vouchers vouchers, ReviewCouncils councils, Directory directory, DemoSession session) {
        this.vouchers = vouchers;
        this.councils = councils;
        this.directory = directory;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (vouchers.programmeTitled(TITLE).isPresent()) {
            return;
        }
        OrganisationSummary enterprise = directory
                .organisationByTaxCode(DemoCast.ENTERPRISE_TAX_CODE)
                .orElseThrow(() -> new IllegalStateException("the demo enterprise is loaded first"));
        LocalDate today = DemoSession.today();
        UUID programme = session.as("canbo", () -> {
            if (!enterprise.verified()) {
                directory.verify(enterprise.id());
            }
            return vouchers.publishVoucherProgramme(new Vouchers.VoucherProgramme(
                    TITLE,
                    "Hỗ trợ doanh nghiệp nhỏ và vừa trong tỉnh thuê dịch vụ tư vấn, đánh giá, định giá, sở hữu trí tuệ,"
                            + " thử nghiệm và tiêu chuẩn đo lường chất lượng từ các tổ chức trung gian trên sàn công nghệ,"
                            + " thanh toán bằng phiếu hỗ trợ tài chính (voucher).",
                    2_000_000_000L,
                    100_000_000L,
                    today.minusDays(10),
                    today.plusDays(80),
                    12,
                    Set.of(),
                    "Nghị định 268/2025/NĐ-CP, Điều 23 (phiếu hỗ trợ tài chính)\n"
                            + "Mẫu đơn đề nghị hỗ trợ (nộp trực tuyến trên doimoi)"));
        });
        UUID application = session.as(
                "doanhnghiep",
                () -> vouchers.apply(
                        programme,
                        "Thuê dịch vụ đánh giá trình độ công nghệ và tư vấn đổi mới dây chuyền sơ chế, đóng gói thanh long"
                                + " ruột đỏ đạt yêu cầu xuất khẩu.",
                        80_000_000L));
        session.as("canbo", () -> {
            UUID council = vouchers.sendToCouncil(programme, "215/QĐ-SKHCN");
            score(council, application);
            return vouchers.grant(
                    application,
                    80_000_000L,
                    "Hội đồng tư vấn kết luận đạt (điểm trung bình 81/100); doanh nghiệp nhỏ, đã xác minh, nội dung"
                            + " phù hợp.");
        });
    }

    /**
     * Five experts of the directory on paper (declarations and sheets typed by STAFF), as the
     * support-programme council's rule version asks at least five; the application scores 81.
     */
    private void score(UUID council, UUID application) {
        List<UUID> experts = List.of(
                expert("Huỳnh Văn Lộc", "Quản trị công nghệ"),
                expert("Phan Thanh Tùng", "Công nghệ thực phẩm"),
                expert("Trương Quốc Bảo", "Kinh tế phát triển"),
                expert("Lê Hoàng Phúc", "Sở hữu trí tuệ"),
                expert("Võ Thị Kim Ngân", "Tài chính doanh nghiệp"));
        Map<UUID, ReviewRole> seats = new LinkedHashMap<>();
        seats.put(experts.get(0), ReviewRole.CHAIR);
        seats.put(experts.get(1), ReviewRole.REVIEWER);
        seats.put(experts.get(2), ReviewRole.SECRETARY);
        seats.put(experts.get(3), ReviewRole.MEMBER);
        seats.put(experts.get(4), ReviewRole.MEMBER);
        councils.seat(council, councils.council(council).version(), seats);
        experts.forEach(person -> councils.declareOnPaper(council, person));
        councils.start(council, councils.council(council).version(), Set.copyOf(experts));
        experts.forEach(person -> councils.scoreOnPaper(
                council, person, application, Map.of("NEED", 25, "FEASIBILITY", 32, "EFFECT", 24), null));
        councils.conclude(council, councils.council(council).version());
    }

    private UUID expert(String name, String expertise) {
        return directory.ensureExpert(name, Degree.TS, "Chuyên gia", null, Set.of("401"), expertise, null);
    }
}
