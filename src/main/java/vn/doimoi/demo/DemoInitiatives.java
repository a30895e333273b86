package vn.doimoi.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
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
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.ecosystem.Initiatives;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewRole;

/**
 * Initiatives on the demo (issue 21, profile {@code demo}): {@code doanhnghiep} declared two; the
 * first went through its council (three experts, paper declarations and sheets typed by STAFF
 * {@code canbo}) and was recognised, so it is on the honour roll with its certificate; the second is
 * before a council being formed where {@code chuyengia} is seated as chair, so the declaration waits
 * on chuyengia's "Việc của tôi". Added once (found by the first title).
 */
@Component
@Profile("demo")
@Order(76)
class DemoInitiatives implements ApplicationRunner {

    static final String RECOGNISED = "Quy trình tưới ướt khô xen kẽ cho lúa vùng Đồng Tháp Mười";
    static final String IN_COUNCIL = "Máy sấy thanh long dùng nhiệt thải lò hơi";

    private final Initiatives initiatives;
    private final ReviewCouncils councils;
    private final Directory directory;
    private final DemoSession session;

    DemoInitiatives(Initiatives initiatives, ReviewCouncils councils, Directory directory, DemoSession session) {
        this.initiatives = initiatives;
        this.councils = councils;
        this.directory = directory;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (session.as("doanhnghiep", () -> initiatives.declaredByMe(RECOGNISED))) {
            return;
        }
        UUID first = session.as(
                "doanhnghiep",
                () -> declare(
                        RECOGNISED,
                        "Trồng trọt",
                        "Điều chỉnh lịch tưới theo ống đo mực nước ruộng, rút khô 2 lần trong vụ.",
                        new BigDecimal("350000000")));
        UUID second = session.as(
                "doanhnghiep",
                () -> declare(
                        IN_COUNCIL,
                        "Chế biến nông sản",
                        "Tận dụng nhiệt thải của lò hơi để sấy thanh long cắt lát, thay điện trở.",
                        new BigDecimal("180000000")));
        List<UUID> experts = List.of(
                expert("Phạm Minh Khang", "Thủy lợi"),
                expert("Đỗ Thị Thanh Tâm", "Khoa học cây trồng"),
                expert("Huỳnh Văn Lộc", "Cơ khí nông nghiệp"));
        session.as("canbo", () -> {
            recognise(first, experts);
            UUID council = councilOf(second);
            Map<UUID, ReviewRole> seats = new LinkedHashMap<>();
            seats.put(chuyengia(), ReviewRole.CHAIR);
            seats.put(experts.get(0), ReviewRole.REVIEWER);
            seats.put(experts.get(2), ReviewRole.SECRETARY);
            councils.seat(council, councils.council(council).version(), seats);
            return council;
        });
    }

    private UUID declare(String title, String field, String description, BigDecimal benefit) {
        UUID id = initiatives.declare(
                "Trần Quốc Việt",
                title,
                field,
                description,
                "Các hợp tác xã và doanh nghiệp nông nghiệp trong tỉnh",
                DemoSession.today().minusMonths(14),
                benefit,
                "Giảm công lao động và lượng nước, điện tiêu thụ",
                70,
                Map.of("Nguyễn Thị Mỹ Duyên", 30));
        initiatives.addEvidence(id, "bien-ban-ap-dung.pdf", evidence(title));
        return id;
    }

    private UUID recognise(UUID initiative, List<UUID> experts) {
        UUID council = councilOf(initiative);
        Map<UUID, ReviewRole> seats = new LinkedHashMap<>();
        seats.put(experts.get(0), ReviewRole.CHAIR);
        seats.put(experts.get(1), ReviewRole.REVIEWER);
        seats.put(experts.get(2), ReviewRole.SECRETARY);
        councils.seat(council, councils.council(council).version(), seats);
        experts.forEach(person -> councils.declareOnPaper(council, person));
        councils.start(council, councils.council(council).version(), Set.copyOf(experts));
        int[][] marks = {{26, 31, 32}, {24, 30, 30}, {25, 29, 31}};
        for (int i = 0; i < experts.size(); i++) {
            councils.scoreOnPaper(
                    council,
                    experts.get(i),
                    initiative,
                    Map.of("NOVELTY", marks[i][0], "APPLICATION", marks[i][1], "BENEFIT", marks[i][2]),
                    null);
        }
        councils.conclude(council, councils.council(council).version());
        initiatives.recognise(
                initiative, "215/QĐ-UBND", DemoSession.today().minusDays(5), "Phó Chủ tịch UBND tỉnh Nguyễn Văn Út");
        return initiative;
    }

    private UUID councilOf(UUID initiative) {
        initiatives.accept(initiative);
        return initiatives.sendToCouncil(initiative, "88/QĐ-SKHCN");
    }

    private UUID expert(String name, String expertise) {
        return directory.ensureExpert(name, Degree.TS, "Chuyên gia", null, Set.of("401"), expertise, null);
    }

    private UUID chuyengia() {
        return directory.people().stream()
                .filter(p -> p.fullName().equals("Lê Văn Hoà"))
                .map(PersonSummary::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo expert is loaded first"));
    }

    private static byte[] evidence(String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Bien ban xac nhan ap dung sang kien"));
        document.add(new Paragraph(vn.doimoi.shared.text.VietnameseText.nfc(title)));
        document.close();
        return out.toByteArray();
    }
}
