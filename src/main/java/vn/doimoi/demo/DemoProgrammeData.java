package vn.doimoi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.Accounts;
import vn.doimoi.programs.ImportedAssignment;
import vn.doimoi.programs.ImportedReport;
import vn.doimoi.programs.ProgrammeImport;
import vn.doimoi.programs.ProgressStatus;
import vn.doimoi.programs.Recurrence;

/**
 * Demo data for Programme 54-CTr/TU (profile {@code demo}), added once: agencies, assignments in
 * several task groups, reports (one accepted with budget figures, one awaiting review). The demo
 * agency user {@code coquan} acts for the Department of Agriculture and Environment. The figures are
 * illustrative, not official statistics.
 */
@Component
@Profile("demo")
@Order(30)
class DemoProgrammeData implements ApplicationRunner {

    private static final UUID PROGRAMME = UUID.fromString("00000054-0000-4000-8000-000000000000");
    private static final UUID BUDGET_SHARE = UUID.fromString("00000054-0000-4000-8001-000000000001");
    /** Days after a period's end by which its report is due (doimoi.programs.report-due-days' default). */
    private static final int REPORT_DUE_DAYS = 10;

    private final ProgrammeImport programmes;
    private final Directory directory;
    private final Accounts accounts;

    DemoProgrammeData(ProgrammeImport programmes, Directory directory, Accounts accounts) {
        this.programmes = programmes;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID agriculture = directory.ensureAgency("Sở Nông nghiệp và Môi trường tỉnh Tây Ninh", "Sở NN&MT", "Tây Ninh");
        UUID finance = directory.ensureAgency("Sở Tài chính tỉnh Tây Ninh", "Sở Tài chính", "Tây Ninh");
        UUID industry = directory.ensureAgency("Sở Công Thương tỉnh Tây Ninh", "Sở Công Thương", "Tây Ninh");
        UUID science = directory.ensureAgency("Sở Khoa học và Công nghệ tỉnh Tây Ninh", "Sở KH&CN", "Tây Ninh");
        accounts.linkToOrganisationIfUnlinked("coquan", agriculture);
        if (programmes.hasAssignments()) {
            return;
        }
        UUID budget = programmes.assign(
                PROGRAMME,
                new ImportedAssignment(
                        4,
                        "Tổng hợp, báo cáo chi ngân sách tỉnh cho khoa học và công nghệ so với tổng chi ngân sách",
                        "Theo dõi chỉ tiêu phấn đấu chi cho khoa học và công nghệ đạt 2% tổng chi ngân sách tỉnh.",
                        finance,
                        Set.of(science),
                        "Báo cáo số liệu chi ngân sách cho khoa học và công nghệ hằng năm",
                        Recurrence.ANNUAL,
                        LocalDate.of(2024, 4, 8),
                        null));
        UUID traceability = programmes.assign(
                PROGRAMME,
                new ImportedAssignment(
                        5,
                        "Hỗ trợ doanh nghiệp, hợp tác xã truy xuất nguồn gốc nông sản chủ lực bằng mã QR",
                        "Hướng dẫn doanh nghiệp, hợp tác xã ghi nhận sự kiện truy xuất và gắn mã QR cho sản phẩm lúa gạo, thanh long, rau.",
                        agriculture,
                        Set.of(science, industry),
                        "Danh sách cơ sở được hỗ trợ; sản phẩm có mã truy xuất nguồn gốc",
                        Recurrence.QUARTERLY,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31)));
        // two actions of the agriculture agency whose last report is late (one each, whatever today is),
        // for coquan to catch up: the overdue notice in its inbox, the late line on "Việc của tôi"
        LocalDate lastClosing = DemoSession.today().minusDays(REPORT_DUE_DAYS);
        programmes.assign(
                PROGRAMME,
                new ImportedAssignment(
                        3,
                        "Nhân rộng mô hình chăn nuôi ứng dụng chế phẩm sinh học không gây ô nhiễm môi trường nông thôn",
                        null,
                        agriculture,
                        Set.of(science),
                        "Mô hình được nhân rộng tại các xã xây dựng nông thôn mới",
                        Recurrence.HALF_YEARLY,
                        halfYearStart(lastClosing).minusMonths(6),
                        null));
        programmes.assign(
                PROGRAMME,
                new ImportedAssignment(
                        3,
                        "Tổng hợp kết quả chuyển giao tiến bộ kỹ thuật trong sản xuất lúa gạo cho hợp tác xã",
                        "Tổng hợp số hợp tác xã, diện tích và năng suất lúa áp dụng quy trình được chuyển giao trong năm.",
                        agriculture,
                        Set.of(science),
                        "Báo cáo tổng hợp hằng năm; danh sách hợp tác xã áp dụng",
                        Recurrence.ANNUAL,
                        LocalDate.of(lastClosing.getYear() - 1, 1, 1),
                        null));
        UUID sharing = programmes.assign(
                PROGRAMME,
                new ImportedAssignment(
                        6,
                        "Xây dựng quy chế phối hợp và chia sẻ thông tin khoa học và công nghệ giữa các sở, ngành, địa phương",
                        null,
                        science,
                        Set.of(agriculture, industry, finance),
                        "Quy chế phối hợp được ban hành; dữ liệu dùng chung trên doimoi",
                        Recurrence.HALF_YEARLY,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 12, 31)));

        report(
                budget,
                "2024",
                ProgressStatus.IN_PROGRESS,
                "Năm 2024 chi ngân sách tỉnh cho khoa học và công nghệ tăng so với năm trước; tiếp tục đề xuất tăng kinh phí sự nghiệp khoa học theo Chương trình 54-CTr/TU. (Số liệu minh hoạ.)",
                Map.of(BUDGET_SHARE, ratio("152000", "21500000")),
                true);
        report(
                budget,
                "2025",
                ProgressStatus.IN_PROGRESS,
                "Năm 2025 tỷ lệ chi cho khoa học và công nghệ tiếp tục tăng nhưng chưa đạt mục tiêu 2%. (Số liệu minh hoạ.)",
                Map.of(BUDGET_SHARE, ratio("181000", "22800000")),
                true);
        report(
                traceability,
                "2026-Q1",
                ProgressStatus.IN_PROGRESS,
                "Đã khảo sát 24 hợp tác xã; 9 cơ sở đăng ký tham gia thí điểm truy xuất nguồn gốc sản phẩm lúa gạo và thanh long. (Số liệu minh hoạ.)",
                Map.of(),
                true);
        report(
                traceability,
                "2026-Q2",
                ProgressStatus.IN_PROGRESS,
                "Tập huấn ghi nhận sự kiện truy xuất cho 9 cơ sở; 4 sản phẩm đã gắn mã QR. (Số liệu minh hoạ.)",
                Map.of(),
                true);
        report(
                traceability,
                "2026-Q3",
                ProgressStatus.IN_PROGRESS,
                "Thêm 6 sản phẩm thanh long, rau được gắn mã QR truy xuất nguồn gốc. (Số liệu minh hoạ.)",
                Map.of(),
                false);
        report(
                sharing,
                "2025-H1",
                ProgressStatus.IN_PROGRESS,
                "Dự thảo quy chế phối hợp và chia sẻ thông tin khoa học và công nghệ đã gửi lấy ý kiến các sở, ngành.",
                Map.of(),
                true);
        report(
                sharing,
                "2025-H2",
                ProgressStatus.IN_PROGRESS,
                "Tổng hợp ý kiến góp ý; hoàn thiện dự thảo quy chế trình Ủy ban nhân dân tỉnh.",
                Map.of(),
                true);
        report(
                sharing,
                "2026-H1",
                ProgressStatus.DONE,
                "Quy chế phối hợp đã ban hành; các sở, ngành cập nhật dữ liệu dùng chung trên doimoi.",
                Map.of(),
                true);
    }

    private void report(
            UUID assignment,
            String period,
            ProgressStatus progress,
            String narrative,
            Map<UUID, ImportedReport.Figure> figures,
            boolean accepted) {
        programmes.report(
                new ImportedReport(assignment, period, progress, narrative, figures, accepted, "Đã tiếp nhận."));
    }

    /** 1 January or 1 July: the start of the half-year {@code day} falls in. */
    private static LocalDate halfYearStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    private static ImportedReport.Figure ratio(String numerator, String denominator) {
        return new ImportedReport.Figure(null, new BigDecimal(numerator), new BigDecimal(denominator));
    }
}
