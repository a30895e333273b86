package vn.doimoi.portal.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.portal.DocumentType;
import vn.doimoi.portal.document.DocumentData;
import vn.doimoi.portal.document.Documents;

/**
 * The portal's first content, in every profile: the news categories, the seed article on
 * Programme 54-CTr/TU (published 08/04/2024 09:15) and the programme itself as the first
 * document. Idempotent: fixed identifiers, added only when missing.
 */
@Component
@Order(20)
class SeedContent implements ApplicationRunner {

    static final UUID NEWS = UUID.fromString("6a1f3c1e-0000-4000-8000-000000000001");
    static final UUID POLICY = UUID.fromString("6a1f3c1e-0000-4000-8000-000000000002");
    static final UUID INNOVATION = UUID.fromString("6a1f3c1e-0000-4000-8000-000000000003");
    static final UUID SEED_ARTICLE = UUID.fromString("6a1f3c1e-0000-4000-8000-000000000101");
    static final UUID SEED_DOCUMENT = UUID.fromString("6a1f3c1e-0000-4000-8000-000000000201");
    static final String SEED_AUTHOR = "Nguyễn Thị Bích Thảo";

    private final Articles articles;
    private final ArticleRepository articleRepository;
    private final CategoryRepository categoryRepository;
    private final Documents documents;
    private final TransactionTemplate transactions;

    SeedContent(
            Articles articles,
            ArticleRepository articleRepository,
            CategoryRepository categoryRepository,
            Documents documents,
            TransactionTemplate transactions) {
        this.articles = articles;
        this.articleRepository = articleRepository;
        this.categoryRepository = categoryRepository;
        this.documents = documents;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            category(NEWS, "Tin hoạt động", 1);
            category(POLICY, "Chính sách - Văn bản", 2);
            category(INNOVATION, "Đổi mới sáng tạo", 3);
            if (!articleRepository.existsById(SEED_ARTICLE)) {
                seedArticle();
            }
            if (documents.find(SEED_DOCUMENT).isEmpty()) {
                seedDocument();
            }
        });
    }

    private void category(UUID id, String name, int position) {
        if (!categoryRepository.existsById(id)) {
            articles.createCategory(id, name, position);
        }
    }

    private void seedArticle() {
        String title = resource("portal/seed/article-54-ctr-tu.title").strip();
        String body = resource("portal/seed/article-54-ctr-tu.html");
        articles.create(SEED_ARTICLE, new ArticleData(title, null, body, SEED_AUTHOR, POLICY));
        articles.publishAt(SEED_ARTICLE, vietnamTime(2024, 4, 8, 9, 15));
    }

    private void seedDocument() {
        documents.create(
                SEED_DOCUMENT,
                new DocumentData(
                        DocumentType.PROGRAMME,
                        "54-CTr/TU",
                        "Ban Thường vụ Tỉnh ủy Long An",
                        null,
                        LocalDate.of(2024, 4, 8),
                        null,
                        "Chương trình về tiếp tục phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, "
                                + "hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế",
                        "Phát triển và ứng dụng khoa học và công nghệ là quốc sách hàng đầu; xây dựng hệ thống đổi mới "
                                + "sáng tạo của tỉnh lấy doanh nghiệp làm trung tâm, trường đại học, cao đẳng, tổ chức khoa học "
                                + "và công nghệ là chủ thể nghiên cứu chủ yếu. Sáu nhóm nhiệm vụ và giải pháp: lãnh đạo của cấp ủy; "
                                + "đổi mới quản lý nhà nước; nhiệm vụ khoa học và công nghệ chủ yếu; nâng cao tiềm lực (phấn đấu "
                                + "chi 2% tổng chi ngân sách tỉnh); phát triển thị trường khoa học, công nghệ và khởi nghiệp "
                                + "đổi mới sáng tạo; tăng cường hợp tác."));
    }

    static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static java.time.Instant vietnamTime(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
    }
}
