package vn.doimoi.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
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
import vn.doimoi.ecosystem.Awards;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewRole;

/**
 * Provincial S&T awards on the demo (issue 21, profile {@code demo}): STAFF {@code canbo} opened
 * this year's round; {@code doanhnghiep} nominated its enterprise and one of its engineers, both
 * accepted, scored by a council of five experts (paper declarations and sheets typed by STAFF) and
 * awarded, so the round's honour roll and certificates are public. Next year's round is open with a
 * nomination waiting on canbo's "Việc của tôi". Added once (found by the first round's title).
 */
@Component
@Profile("demo")
@Order(77)
class DemoAwards implements ApplicationRunner {

    static final String DECIDED = "Giải thưởng Khoa học và Công nghệ tỉnh Tây Ninh năm 2026";
    static final String OPEN = "Giải thưởng Khoa học và Công nghệ tỉnh Tây Ninh năm 2027";

    private final Awards awards;
    private final ReviewCouncils councils;
    private final Directory directory;
    private final DemoSession session;

    DemoAwards(Awards awards, ReviewCouncils councils, Directory directory, DemoSession session) {
        this.awards = awards;
        this.councils = councils;
        this.directory = directory;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (session.as("canbo", () -> awards.roundExists(DECIDED))) {
            return;
        }
        LocalDate today = DemoSession.today();
        UUID decided = session.as(
                "canbo",
                () -> awards.open(
                        DECIDED,
                        today.getYear(),
                        today.minusDays(45),
                        today.plusDays(15),
                        List.of("ENTERPRISE_INNOVATION", "SCIENTIST", "APPLIED_SOLUTION")));
        List<UUID> nominated = session.as(
                "doanhnghiep",
                () -> List.of(
                        withFile(awards.nominateOrganisation(
                                decided,
                                "ENTERPRISE_INNOVATION",
                                "Dây chuyền chế biến tinh bột mì tuần hoàn nước thải",
                                "Thu hồi 85% nước và khí sinh học cho lò sấy; áp dụng tại 3 nhà máy trong tỉnh.")),
                        withFile(awards.nominatePerson(
                                decided,
                                "SCIENTIST",
                                "Kỹ sư Võ Thành Nhân",
                                "Giống mía chịu hạn TN-26 cho vùng đất xám",
                                "Năng suất tăng 18%, đã trồng trên 2.400 ha tại các huyện phía bắc tỉnh."))));
        session.as("canbo", () -> {
            nominated.forEach(awards::accept);
            UUID council = awards.sendToCouncil(decided, "102/QĐ-SKHCN");
            score(council, nominated);
            return awards.decide(decided, "318/QĐ-UBND", today.minusDays(3), "Phó Chủ tịch UBND tỉnh Nguyễn Văn Út");
        });
        UUID open = session.as(
                "canbo",
                () -> awards.open(
                        OPEN,
                        today.getYear() + 1,
                        today.minusDays(2),
                        today.plusDays(60),
                        List.of("ENTERPRISE_INNOVATION", "APPLIED_SOLUTION")));
        session.as(
                "doanhnghiep",
                () -> withFile(awards.nominateOrganisation(
                        open,
                        "APPLIED_SOLUTION",
                        "Hệ thống truy xuất nguồn gốc mãng cầu theo chuẩn GS1",
                        "Mã truy xuất in trên 1,2 triệu hộp; giá bán tăng 12% tại các siêu thị.")));
    }

    private void score(UUID council, List<UUID> items) {
        List<UUID> experts = List.of(
                expert("Nguyễn Hữu Phước", "Công nghệ sinh học"),
                expert("Trần Thị Ngọc Hân", "Khoa học cây trồng"),
                expert("Lý Minh Trí", "Kỹ thuật môi trường"),
                expert("Phan Văn Hậu", "Kinh tế nông nghiệp"),
                expert("Đặng Thu Trang", "Cơ khí chế biến"));
        Map<UUID, ReviewRole> seats = new LinkedHashMap<>();
        seats.put(experts.get(0), ReviewRole.CHAIR);
        seats.put(experts.get(1), ReviewRole.REVIEWER);
        seats.put(experts.get(2), ReviewRole.SECRETARY);
        seats.put(experts.get(3), ReviewRole.MEMBER);
        seats.put(experts.get(4), ReviewRole.MEMBER);
        councils.seat(council, councils.council(council).version(), seats);
        experts.forEach(person -> councils.declareOnPaper(council, person));
        councils.start(council, councils.council(council).version(), Set.copyOf(experts));
        int[][] marks = {{34, 36, 17}, {31, 33, 16}};
        for (UUID expert : experts) {
            for (int i = 0; i < items.size(); i++) {
                councils.scoreOnPaper(
                        council,
                        expert,
                        items.get(i),
                        Map.of("SCIENTIFIC_VALUE", marks[i][0], "IMPACT", marks[i][1], "APPLICATION", marks[i][2]),
                        null);
            }
        }
        councils.conclude(council, councils.council(council).version());
    }

    private UUID withFile(UUID nomination) {
        awards.addFile(nomination, "ho-so-minh-chung.pdf", evidence());
        return nomination;
    }

    private UUID expert(String name, String expertise) {
        return directory.ensureExpert(name, Degree.TS, "Chuyên gia", null, Set.of("401"), expertise, null);
    }

    private static byte[] evidence() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Ho so minh chung de cu Giai thuong KH&CN tinh"));
        document.close();
        return out.toByteArray();
    }
}
