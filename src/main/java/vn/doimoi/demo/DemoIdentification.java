package vn.doimoi.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.CouncilImport;
import vn.doimoi.projects.IdentificationImport;
import vn.doimoi.projects.ImportedProposal;
import vn.doimoi.projects.ImportedSeat;
import vn.doimoi.projects.ImportedSheet;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;

/**
 * Stages 1–3 (profile {@code demo}), added once through {@link IdentificationImport}, each step
 * dated when it happened: proposals for 2027 from several organisations, the 2027 identification
 * round with its council (the member from a proposing enterprise excluded automatically, paper
 * sheets entered by the secretary), the outcome of each proposal, the province's decision
 * approving the ordered list (a generated PDF), and one call drafted from it for STAFF to
 * complete and open. One more proposal waits for next year's round. Names and figures are
 * illustrative.
 */
@Component
@Profile("demo")
@Order(41)
class DemoIdentification implements ApplicationRunner {

    /** The council of the 2027 round; the last two work at proposing organisations (Mộc Hoá Agritech, DLA). */
    private static final List<String> COUNCIL = List.of(
            "Phạm Minh Tuấn",
            "Đặng Thị Thu Hà",
            "Lương Văn Sơn",
            "Võ Thanh Hải",
            "Bùi Đức Long",
            "Trần Quốc Việt",
            "Huỳnh Thị Kim Loan",
            "Nguyễn Thị Mỹ Duyên",
            "Lê Văn Hoà");

    private final IdentificationImport identification;
    private final CouncilImport councils;
    private final Directory directory;
    private final DemoSession session;

    DemoIdentification(
            IdentificationImport identification, CouncilImport councils, Directory directory, DemoSession session) {
        this.identification = identification;
        this.councils = councils;
        this.directory = directory;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identification.hasRounds()) {
            return;
        }
        // 1. proposals (phiếu đề xuất đặt hàng), August 2026
        Instant proposed = DemoSession.at(LocalDate.of(2026, 8, 5), 9);
        UUID straw = session.as(
                "doanhnghiep",
                () -> identification.proposal(
                        new ImportedProposal(
                                "Sản xuất phân bón hữu cơ vi sinh từ phụ phẩm thanh long",
                                "Mỗi năm hơn 100.000 tấn cành thanh long bị thải bỏ, gây ô nhiễm và lây lan bệnh đốm trắng.",
                                "Tận dụng tối thiểu 30% phụ phẩm cành thanh long của vùng thí điểm làm phân bón hữu cơ.",
                                "Quy trình ủ phân; 50 tấn phân bón hữu cơ vi sinh đạt QCVN.",
                                "Hợp tác xã Thanh long Châu Thành",
                                new BigDecimal("1500000000"),
                                "CIRCULAR_GREEN_ECONOMY"),
                        proposed));
        List<UUID> onPaper = session.as(
                "canbo",
                () -> DemoProposals.onPaper().stream()
                        .map(p -> identification.paperProposal(
                                session.organisation(p.organisation()), p.proposal(), proposed))
                        .toList());
        UUID salinity = onPaper.get(0);
        UUID clinic = onPaper.get(1);

        session.as("canbo", () -> {
            // 2. the identification round and its council, September 2026
            Instant formed = DemoSession.at(LocalDate.of(2026, 9, 1), 9);
            UUID round = identification.round(
                    2027,
                    "Xác định nhiệm vụ KH&CN cấp tỉnh đặt hàng năm 2027",
                    List.of(straw, salinity, clinic),
                    "Quyết định số 512/QĐ-SKHCN ngày 01/9/2026",
                    formed);
            UUID council = identification.councilOf(round);
            councils.seated(council, seats(), formed);

            // 3. the meeting: signed declarations and paper sheets entered by the secretary
            Instant met = DemoSession.at(LocalDate.of(2026, 9, 15), 8);
            int n = 0;
            for (UUID person : councils.met(council, met)) {
                int shift = n++ % 3;
                councils.sheet(
                        council,
                        new ImportedSheet(
                                person,
                                straw,
                                marks(21 + shift, 17, 16, 22, 7),
                                true,
                                "Cấp thiết, có địa chỉ ứng dụng."),
                        met);
                councils.sheet(
                        council,
                        new ImportedSheet(
                                person,
                                salinity,
                                marks(22, 16 + shift, 17, 21, 6),
                                true,
                                "Khả thi, cần liên kết dữ liệu."),
                        met);
                councils.sheet(
                        council,
                        new ImportedSheet(
                                person,
                                clinic,
                                marks(15, 9, 8 + shift, 12, 3),
                                n % 3 == 0,
                                "Trùng một phần với dự án của Bộ Y tế."),
                        met);
            }
            outcomes(round, straw, salinity, met);
            identification.concluded(round, met);

            // 4. the province approves the ordered list, October 2026
            identification.listApproved(
                    round,
                    "3120/QĐ-UBND",
                    LocalDate.of(2026, 10, 20),
                    "Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm",
                    "QD-3120-UBND-danh-muc-dat-hang-2027.pdf",
                    DemoProposals.decisionPdf(),
                    DemoSession.at(LocalDate.of(2026, 10, 20), 14));

            // 5. STAFF drafts the call of the first ordered task; it waits in draft to be completed and opened
            return identification.callDrafted(
                    straw, DemoSession.today().plusDays(45), DemoSession.at(LocalDate.of(2026, 11, 2), 9));
        });
    }

    /** What the council fixed for the two proposals it recommended. */
    private void outcomes(UUID round, UUID straw, UUID salinity, Instant at) {
        identification.outcome(
                round,
                straw,
                "Nghiên cứu sản xuất phân bón hữu cơ vi sinh từ phụ phẩm cành thanh long tại huyện Châu Thành",
                "Xây dựng quy trình và sản xuất thử phân bón hữu cơ vi sinh từ cành thanh long, tận dụng ≥ 30%"
                        + " phụ phẩm của vùng thí điểm.",
                SelectionMethod.COMPETITION,
                List.of(
                        new CallData.Product(
                                "Phân bón hữu cơ vi sinh",
                                "50 tấn",
                                List.of(
                                        new ProductSpec("Hàm lượng chất hữu cơ", "%", "≥ 20"),
                                        new ProductSpec("Mật độ vi sinh vật có ích", "CFU/g", "≥ 10⁶"))),
                        new CallData.Product(
                                "Quy trình ủ phân từ cành thanh long",
                                "01 quy trình",
                                List.of(new ProductSpec("Thời gian ủ", "ngày", "≤ 45")))),
                at);
        identification.outcome(
                round,
                salinity,
                "Xây dựng hệ thống cảnh báo xâm nhập mặn thời gian thực cho vùng lúa ven sông Vàm Cỏ",
                "Cảnh báo độ mặn trước ít nhất 48 giờ tại 20 điểm quan trắc, phục vụ vận hành cống và lịch xuống"
                        + " giống.",
                SelectionMethod.DIRECT_ASSIGNMENT,
                List.of(new CallData.Product(
                        "Hệ thống quan trắc và cảnh báo độ mặn",
                        "01 hệ thống, 20 trạm",
                        List.of(
                                new ProductSpec("Sai số đo độ mặn", "‰", "≤ 0,2"),
                                new ProductSpec("Thời gian cảnh báo trước", "giờ", "≥ 48")))),
                at);
    }

    /** The council's seats, in the order of {@link #COUNCIL}; a person missing from the directory leaves a gap. */
    private List<ImportedSeat> seats() {
        List<ImportedSeat> seats = new ArrayList<>();
        for (int i = 0; i < COUNCIL.size(); i++) {
            String name = COUNCIL.get(i);
            String role = DemoSelection.SEATS.get(i);
            directory.people().stream()
                    .filter(p -> p.fullName().equals(name))
                    .map(PersonSummary::id)
                    .findFirst()
                    .ifPresent(person -> seats.add(new ImportedSeat(person, role)));
        }
        return seats;
    }

    private static Map<String, Integer> marks(
            int urgency, int novelty, int feasibility, int applicability, int resources) {
        return Map.of(
                "URGENCY", urgency,
                "NOVELTY", novelty,
                "FEASIBILITY", feasibility,
                "APPLICABILITY", applicability,
                "RESOURCES", resources);
    }
}
