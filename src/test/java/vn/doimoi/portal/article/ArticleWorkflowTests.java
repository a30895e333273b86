package vn.doimoi.portal.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.ArticleImport;
import vn.doimoi.portal.ArticleStatus;
import vn.doimoi.portal.ImportedArticle;
import vn.doimoi.search.SearchHit;
import vn.doimoi.search.SiteSearch;
import vn.doimoi.shared.DomainException;

/** The editorial workflow on the real database and search index. */
@DoimoiSpringTest
class ArticleWorkflowTests {

    @Autowired
    Articles articles;

    @Autowired
    SiteSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleImport imports;

    private final String marker = "qv" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anArticleGoesFromDraftThroughReviewToPublishedAndBackWithEveryStepAudited() {
        // given a draft
        UUID category = articles.createCategory("Chuyên mục " + marker, 50);
        UUID id = articles.create(new ArticleData(
                "Hội thảo chuyển đổi số " + marker,
                "Sapo",
                "<p>Nội dung <script>alert(1)</script>hội thảo.</p>",
                "Phóng viên",
                category));
        assertThat(articles.editable(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(articles.editable(id).data().body()).doesNotContain("script");

        // when it is submitted, published and unpublished
        articles.submit(id, articles.editable(id).version());
        assertThat(articles.editable(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);
        articles.publish(id, articles.editable(id).version());
        assertThat(articles.editable(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        String slug = articles.editable(id).slug();
        assertThat(articles.published(slug)).isPresent();
        articles.unpublish(id, articles.editable(id).version());

        // then readers no longer see it, and the audit trail holds each step
        assertThat(articles.published(slug)).isEmpty();
        List<String> actions = jdbc.queryForList(
                "select action from identity.audit_log where entity_type = 'portal.article' and entity_id = ? order by seq",
                String.class,
                id.toString());
        assertThat(actions)
                .containsExactly("article.created", "article.submitted", "article.published", "article.unpublished");
    }

    @Test
    void anImportedArticleInReviewWaitsForAnEditorUnpublishedAndAudited() {
        // given an article brought in as its author sent it for review (the demo's editors' desk)
        UUID category = articles.createCategory("Chuyên mục " + marker + "r", 50);
        UUID id = UUID.randomUUID();
        imports.inReview(
                id,
                new ImportedArticle("Bài chờ duyệt " + marker, "Sapo", "<p>Nội dung</p>", "Ban biên tập", category));

        // then it waits in review, readers do not see it, and an editor can publish it
        assertThat(imports.has(id)).isTrue();
        assertThat(articles.editable(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(articles.published(articles.editable(id).slug())).isEmpty();
        assertThat(jdbc.queryForList(
                        "select action from identity.audit_log where entity_type = 'portal.article' and entity_id = ? order by seq",
                        String.class,
                        id.toString()))
                .containsExactly("article.created", "article.submitted");
        articles.publish(id, articles.editable(id).version());
        assertThat(articles.editable(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void aForbiddenTransitionIsRefused() {
        UUID category = articles.createCategory("Chuyên mục " + marker + "b", 50);
        UUID id = articles.create(new ArticleData("Bài nháp " + marker, null, "<p>Nháp</p>", null, category));

        assertThatThrownBy(() -> articles.unpublish(id, articles.editable(id).version()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("article.error.transition");
    }

    @Test
    void theSlugFollowsTheTitleUntilPublishedThenStays() {
        UUID category = articles.createCategory("Chuyên mục " + marker + "c", 50);
        UUID id = articles.create(new ArticleData("Tiêu đề đầu " + marker, null, "<p>Thân bài</p>", null, category));
        articles.update(
                id,
                articles.editable(id).version(),
                new ArticleData("Tiêu đề sửa " + marker, null, "<p>Thân bài</p>", null, category));
        assertThat(articles.editable(id).slug()).isEqualTo("tieu-de-sua-" + marker);

        articles.publish(id, articles.editable(id).version());
        articles.update(
                id,
                articles.editable(id).version(),
                new ArticleData("Tiêu đề mới hẳn " + marker, null, "<p>Thân bài</p>", null, category));

        assertThat(articles.editable(id).slug()).isEqualTo("tieu-de-sua-" + marker);
    }

    @Test
    void aStaleVersionIsAConcurrentEdit() {
        UUID category = articles.createCategory("Chuyên mục " + marker + "d", 50);
        UUID id = articles.create(new ArticleData("Bài " + marker, null, "<p>Một</p>", null, category));
        long stale = articles.editable(id).version();
        articles.update(id, stale, new ArticleData("Bài " + marker, null, "<p>Hai</p>", null, category));

        assertThatThrownBy(() ->
                        articles.update(id, stale, new ArticleData("Bài " + marker, null, "<p>Ba</p>", null, category)))
                .isInstanceOf(DomainException.class)
                .hasMessage("error.concurrentEdit");
    }

    @Test
    void onlyPublishedArticlesAreInTheSearch() {
        UUID category = articles.createCategory("Chuyên mục " + marker + "e", 50);
        UUID draft = articles.create(
                new ArticleData("Giống lúa chịu mặn bản nháp " + marker, null, "<p>Nháp</p>", null, category));
        UUID published = articles.create(
                new ArticleData("Giống lúa chịu mặn đã đăng " + marker, null, "<p>Đăng</p>", null, category));
        articles.publish(published, articles.editable(published).version());

        List<String> found = search.search("giong lua chiu man " + marker, "article", 0, 10).hits().stream()
                .map(SearchHit::id)
                .toList();

        assertThat(found).contains(published.toString()).doesNotContain(draft.toString());

        articles.unpublish(published, articles.editable(published).version());
        assertThat(search.search("giong lua chiu man " + marker, "article", 0, 10)
                        .hits())
                .extracting(SearchHit::id)
                .doesNotContain(published.toString());
    }

    @Test
    void theSeedArticleIsTheFirstPublishedArticle() {
        var seed = articles.editable(SeedContent.SEED_ARTICLE);

        assertThat(seed.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(seed.data().title()).startsWith("CHƯƠNG TRÌNH CỦA BAN THƯỜNG VỤ TỈNH ỦY");
        assertThat(seed.data().author()).isEqualTo("Nguyễn Thị Bích Thảo");
        var page = articles.published(seed.slug()).orElseThrow();
        assertThat(page.summary().publishedAt()).hasToString("2024-04-08T09:15");
        assertThat(page.plainText()).contains("Chương trình số 54-CTr/TU");
    }
}
