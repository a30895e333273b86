package vn.doimoi.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.DirectoryImport;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.ecosystem.Startups;

/**
 * Startups of Tây Ninh on the demo (issue 21, profile {@code demo}): three startups and an incubator
 * entered by STAFF {@code canbo} from their paper applications. The dragon-fruit drier and the
 * incubator are recognised (on the public list, in the search, counted on the 54-CTr/TU dashboard);
 * the rice-field sensor startup has applied and waits in canbo's "Việc của tôi"; the Khmer-language
 * app is a draft. Mộc Hoá Agritech ({@code doanhnghiep}) has no profile, so a member can make one.
 * Added once (found by the first organisation's profile).
 */
@Component
@Profile("demo")
@Order(77)
class DemoStartups implements ApplicationRunner {

    static final String RECOGNISED = "Công ty TNHH Công nghệ Sấy Xanh Tây Ninh";
    static final String INCUBATOR = "Vườn ươm Doanh nghiệp Khoa học Công nghệ Tây Ninh";

    private final DirectoryImport directory;
    private final Startups startups;
    private final DemoSession session;

    DemoStartups(DirectoryImport directory, Startups startups, DemoSession session) {
        this.directory = directory;
        this.startups = startups;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisations().forEach(directory::organisation);
        UUID drier = session.organisation(RECOGNISED);
        if (session.as("canbo", () -> startups.hasProfile(drier))) {
            return;
        }
        UUID incubator = session.organisation(INCUBATOR);
        UUID sensors = session.organisation("Công ty Cổ phần Cảm biến Ruộng Lúa Mekong");
        UUID app = session.organisation("Công ty TNHH Ứng dụng Song ngữ Khmer Việt");
        session.as("canbo", () -> {
            UUID first = startups.profile(
                    drier,
                    "STARTUP",
                    "EARLY",
                    2023,
                    6,
                    "Nguyễn Thị Mai Anh (giám đốc, kỹ sư nhiệt), Trần Quốc Huy (cơ khí), bốn kỹ thuật viên",
                    "Máy sấy thanh long, chuối dùng nhiệt thải lò hơi",
                    "Thu nhiệt thải của lò hơi nhà máy chế biến để sấy trái cây cắt lát; giảm 40% điện năng so với sấy điện trở, đã lắp cho 3 cơ sở ở Tây Ninh.",
                    Set.of("2", "401"),
                    List.of(
                            new Startups.Round("Hạt giống", 2024, "FROM_500M_TO_2B", "Quỹ Khởi nghiệp Đồng Tháp Mười"),
                            new Startups.Round("Tiền Series A", 2025, "FROM_2B_TO_10B", null)));
            UUID centre = startups.profile(
                    incubator,
                    "INCUBATOR",
                    null,
                    2019,
                    12,
                    "Ban điều hành 4 người, 8 cố vấn từ các trường đại học và doanh nghiệp",
                    "Chương trình ươm tạo 6 tháng cho khởi nghiệp nông nghiệp công nghệ cao",
                    "Không gian làm việc chung, phòng thí nghiệm dùng chung, cố vấn, kết nối nhà đầu tư và Sở Khoa học và Công nghệ.",
                    Set.of("2", "401", "102"),
                    List.of());
            UUID applied = startups.profile(
                    sensors,
                    "STARTUP",
                    "PROTOTYPE",
                    2025,
                    3,
                    "Ba kỹ sư điện tử, viễn thông",
                    "Cảm biến mực nước ruộng lúa gửi dữ liệu qua NB-IoT",
                    "Đo mực nước ruộng để tưới ướt khô xen kẽ; đang thử trên 20 ha ở Xã Bình Hiệp.",
                    Set.of("401", "2"),
                    List.of(new Startups.Round("Tài trợ ý tưởng", 2025, "UNDER_500M", null)));
            startups.profile(
                    app,
                    "STARTUP",
                    "IDEA",
                    2026,
                    2,
                    "Hai sinh viên công nghệ thông tin",
                    "Ứng dụng tra cứu kỹ thuật canh tác song ngữ Khmer – Việt",
                    "Giúp nông dân người Khmer đọc hướng dẫn kỹ thuật bằng tiếng mẹ đẻ.",
                    Set.of("102"),
                    List.of());
            startups.apply(first);
            startups.apply(centre);
            startups.apply(applied);
            startups.recognise(first, "Đạt đủ tiêu chí; sản phẩm đã ứng dụng tại 3 cơ sở.");
            startups.recognise(centre, "Vườn ươm đang hoạt động, có chương trình ươm tạo.");
            return first;
        });
    }

    private static List<OrganisationData> organisations() {
        return List.of(
                organisation(
                        RECOGNISED,
                        "Sấy Xanh",
                        "Phường Tân Ninh",
                        "Sản xuất và lắp đặt thiết bị sấy nông sản dùng nhiệt thải."),
                organisation(
                        INCUBATOR,
                        "Vườn ươm Tây Ninh",
                        "Phường Long An",
                        "Ươm tạo doanh nghiệp khởi nghiệp đổi mới sáng tạo trong nông nghiệp và chế biến."),
                organisation(
                        "Công ty Cổ phần Cảm biến Ruộng Lúa Mekong",
                        "Mekong Sensors",
                        "Xã Bình Hiệp",
                        "Thiết bị đo mực nước và độ ẩm cho ruộng lúa."),
                organisation(
                        "Công ty TNHH Ứng dụng Song ngữ Khmer Việt",
                        null,
                        "Xã Tân Biên",
                        "Phần mềm song ngữ cho nông dân."));
    }

    private static OrganisationData organisation(String name, String shortName, String commune, String what) {
        return new OrganisationData(
                OrganisationType.ENTERPRISE,
                name,
                shortName,
                null,
                null,
                Set.of(),
                "Tây Ninh",
                commune,
                null,
                null,
                null,
                null,
                what);
    }
}
