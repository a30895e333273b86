package vn.doimoi.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.portal.ArticleImport;
import vn.doimoi.portal.ImportedArticle;
import vn.doimoi.shared.image.ImageScaling;

/**
 * Articles written for the demo (profile {@code demo}), enough for "Tin khác" to have several
 * pages and RSS to show something real, one scheduled and two waiting for review on the editors'
 * desk. Added once (fixed identifiers).
 */
@Component
@Profile("demo")
@Order(21)
class DemoArticles implements ApplicationRunner {

    private record Demo(String title, String lead, String body, String author, UUID category, Instant at) {}

    /** The categories every installation starts with (the portal's seed content). */
    private static final UUID NEWS = UUID.fromString("6a1f3c1e-0000-4000-8000-000000000001");

    private static final UUID POLICY = UUID.fromString("6a1f3c1e-0000-4000-8000-000000000002");
    private static final UUID INNOVATION = UUID.fromString("6a1f3c1e-0000-4000-8000-000000000003");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ArticleImport articles;
    private final Clock clock;

    DemoArticles(ArticleImport articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /** A drawn cover (no photo rights to worry about): a green-to-blue field with a few circles. */
    private static byte[] drawnCover(int seed) {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(10, 90 + seed * 20, 60), 1600, 900, new Color(20, 70, 150)));
        g.fillRect(0, 0, 1600, 900);
        g.setColor(new Color(255, 210, 60, 180));
        for (int i = 0; i < 4; i++) {
            int size = 180 + 60 * ((seed + i) % 3);
            g.fillOval(200 + i * 330, 250 + (i % 2) * 160, size, size);
        }
        g.dispose();
        return ImageScaling.png(image);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Demo> demos = demos();
        for (int i = 0; i < demos.size(); i++) {
            UUID id = UUID.fromString(String.format("6a1f3c1e-0000-4000-8000-0000000d%04d", i));
            Demo demo = demos.get(i);
            if (!articles.has(id)) {
                // the first three have a cover, so the home page's lead stories show pictures
                articles.published(
                        id,
                        new ImportedArticle(demo.title(), demo.lead(), demo.body(), demo.author(), demo.category()),
                        i < 3 ? drawnCover(i) : null,
                        demo.at());
            }
        }
        // one article waits for its scheduled time, for the editors' desk
        UUID scheduled = UUID.fromString("6a1f3c1e-0000-4000-8000-0000000e0001");
        if (!articles.has(scheduled)) {
            articles.scheduled(
                    scheduled,
                    new ImportedArticle(
                            "Hội nghị tổng kết hoạt động khoa học và công nghệ năm 2024",
                            "Hội nghị đánh giá kết quả thực hiện Chương trình 54-CTr/TU sau một năm.",
                            "<p>Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết, trao bằng khen cho các tập thể và cá nhân có thành tích xuất sắc.</p>",
                            "Ban biên tập",
                            NEWS),
                    LocalDate.now(clock.withZone(VIETNAM)).plusDays(7).atTime(7, 0));
        }
        // two articles sent for review, for the demo editor bientap to publish from "Việc của tôi"
        List<ImportedArticle> waiting = inReview();
        for (int i = 0; i < waiting.size(); i++) {
            UUID id = UUID.fromString(String.format("6a1f3c1e-0000-4000-8000-0000000f%04d", i));
            if (!articles.has(id)) {
                articles.inReview(id, waiting.get(i));
            }
        }
    }

    private static List<ImportedArticle> inReview() {
        return List.of(
                new ImportedArticle(
                        "Nghiệm thu mô hình tưới tiết kiệm nước cho cây thanh long tại Châu Thành",
                        "Mô hình giúp giảm 35% lượng nước tưới và 20% chi phí phân bón so với tưới tràn.",
                        "<p>Hội đồng tư vấn của Sở Khoa học và Công nghệ đã nghiệm thu mô hình tưới nhỏ giọt kết hợp bón"
                                + " phân qua nước cho 12 ha thanh long của 30 hộ dân.</p>"
                                + "<p>Bài viết minh hoạ cho bản trình diễn của nền tảng doimoi.</p>",
                        "Ban biên tập",
                        NEWS),
                new ImportedArticle(
                        "Doanh nghiệp khởi nghiệp đổi mới sáng tạo được hỗ trợ đăng ký sở hữu trí tuệ",
                        "Năm doanh nghiệp khởi nghiệp được hỗ trợ chi phí đăng ký nhãn hiệu và sáng chế.",
                        "<p>Sở Khoa học và Công nghệ hướng dẫn doanh nghiệp khởi nghiệp chuẩn bị hồ sơ và hỗ trợ chi phí"
                                + " đăng ký sở hữu trí tuệ theo chương trình của tỉnh.</p>"
                                + "<p>Bài viết minh hoạ cho bản trình diễn của nền tảng doimoi.</p>",
                        "Ban biên tập",
                        INNOVATION));
    }

    private static List<Demo> demos() {
        UUID policy = POLICY;
        UUID news = NEWS;
        UUID innovation = INNOVATION;
        return List.of(
                demo(
                        "Triển khai Chương trình 54-CTr/TU: Sở KH&CN ban hành kế hoạch thực hiện năm 2024",
                        "Kế hoạch cụ thể hoá sáu nhóm nhiệm vụ và giải pháp của Chương trình 54-CTr/TU.",
                        "Sở Khoa học và Công nghệ đã ban hành kế hoạch triển khai Chương trình 54-CTr/TU, giao nhiệm vụ cho từng phòng, đơn vị và đề ra tiến độ báo cáo hằng quý.",
                        policy,
                        2024,
                        5,
                        6),
                demo(
                        "Hướng dẫn đăng ký đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2025",
                        "Các sở, ngành, địa phương và doanh nghiệp gửi phiếu đề xuất đặt hàng trước ngày 30/6.",
                        "Phiếu đề xuất nêu rõ tính cấp thiết, mục tiêu, sản phẩm dự kiến và địa chỉ ứng dụng. Ưu tiên các đề xuất gắn với nông nghiệp công nghệ cao và chuyển đổi số.",
                        policy,
                        2024,
                        5,
                        20),
                demo(
                        "Quy định mới về khoán chi đến sản phẩm cuối cùng đối với nhiệm vụ KH&CN",
                        "Cơ chế khoán chi giúp chủ nhiệm nhiệm vụ chủ động sử dụng kinh phí.",
                        "Theo quy định mới, nhiệm vụ được khoán chi đến sản phẩm cuối cùng khi sản phẩm có chỉ tiêu đo lường được. Hồ sơ thanh toán được đơn giản hoá đáng kể.",
                        policy,
                        2024,
                        6,
                        12),
                demo(
                        "Quỹ phát triển khoa học và công nghệ của doanh nghiệp: những điều cần biết",
                        "Doanh nghiệp được trích đến 10% thu nhập tính thuế để lập quỹ.",
                        "Quỹ được dùng cho nghiên cứu, đổi mới công nghệ và đào tạo nhân lực. Doanh nghiệp báo cáo tình hình trích lập và sử dụng quỹ hằng năm.",
                        policy,
                        2024,
                        7,
                        3),
                demo(
                        "Chính sách hỗ trợ doanh nghiệp đăng ký nhãn hiệu cho sản phẩm địa phương",
                        "Mức hỗ trợ đến 30 triệu đồng cho mỗi nhãn hiệu tập thể.",
                        "Chính sách áp dụng cho hợp tác xã và doanh nghiệp nhỏ và vừa có sản phẩm OCOP, giúp nâng cao chuỗi giá trị sản phẩm địa phương.",
                        policy,
                        2024,
                        8,
                        15),
                demo(
                        "Hướng dẫn truy xuất nguồn gốc sản phẩm nông nghiệp bằng mã QR",
                        "Doanh nghiệp ghi nhận sự kiện sản xuất theo chuẩn GS1 EPCIS 2.0.",
                        "Người tiêu dùng quét mã QR trên bao bì để xem vùng trồng, ngày thu hoạch và đơn vị đóng gói. Sở KH&CN hỗ trợ doanh nghiệp cấp mã và tập huấn.",
                        policy,
                        2024,
                        9,
                        9),
                demo(
                        "Hội đồng tư vấn nghiệm thu đề tài giống lúa chịu mặn",
                        "Đề tài được đánh giá đạt, sẵn sàng chuyển giao cho nông dân.",
                        "Giống lúa mới chịu mặn đến 4‰, năng suất bình quân 6,5 tấn/ha trong vụ Đông Xuân. Hội đồng đề nghị mở rộng mô hình tại các xã ven biển.",
                        news,
                        2024,
                        5,
                        14),
                demo(
                        "Hội thảo kết nối cung cầu công nghệ chế biến nông sản",
                        "Hơn 40 doanh nghiệp và 12 viện, trường tham dự.",
                        "Hội thảo giới thiệu 25 công nghệ chào bán và 18 bài toán công nghệ của doanh nghiệp; 6 biên bản ghi nhớ hợp tác đã được ký kết.",
                        news,
                        2024,
                        6,
                        25),
                demo(
                        "Tập huấn sử dụng nền tảng số khoa học, công nghệ và đổi mới sáng tạo",
                        "Cán bộ các sở, ngành và địa phương làm quen với các chức năng báo cáo.",
                        "Học viên thực hành nộp báo cáo tiến độ nhiệm vụ, tra cứu văn bản và tìm kiếm chuyên gia trên nền tảng.",
                        news,
                        2024,
                        10,
                        2),
                demo(
                        "Cuộc thi khởi nghiệp đổi mới sáng tạo tỉnh năm 2024 chính thức khởi động",
                        "Giải nhất trị giá 100 triệu đồng cùng gói ươm tạo sáu tháng.",
                        "Các đội thi gửi hồ sơ dự án trước ngày 15/9. Ban tổ chức ưu tiên dự án ứng dụng công nghệ vào nông nghiệp, y tế và giáo dục.",
                        innovation,
                        2024,
                        7,
                        22),
                demo(
                        "Mạng lưới chuyên gia tư vấn đổi mới sáng tạo cho doanh nghiệp nhỏ và vừa",
                        "30 chuyên gia tham gia mạng lưới trong năm đầu.",
                        "Doanh nghiệp đăng ký nhu cầu trên nền tảng để được kết nối chuyên gia phù hợp về chuyển đổi số, quản trị công nghệ và sở hữu trí tuệ.",
                        innovation,
                        2024,
                        9,
                        30),
                demo(
                        "Sáng kiến cải tiến kỹ thuật được công nhận có phạm vi ảnh hưởng cấp tỉnh",
                        "Hội đồng công nhận 27 sáng kiến năm 2024.",
                        "Các sáng kiến tập trung vào cải cách hành chính, tiết kiệm năng lượng và nâng cao năng suất lao động; tác giả được khen thưởng theo quy định.",
                        innovation,
                        2024,
                        11,
                        11));
    }

    private static Demo demo(String title, String lead, String text, UUID category, int year, int month, int day) {
        String body = "<p>" + text + "</p><p>Bài viết minh hoạ cho bản trình diễn của nền tảng doimoi.</p>";
        return new Demo(
                title,
                lead,
                body,
                "Ban biên tập",
                category,
                LocalDateTime.of(year, month, day, 8, 30).atZone(VIETNAM).toInstant());
    }
}
