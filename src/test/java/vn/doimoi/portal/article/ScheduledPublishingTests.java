package vn.doimoi.portal.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.ArticleStatus;
import vn.doimoi.shared.audit.AuditLog;

/** Scheduled publishing on the real database, with the clock moved by the test. */
@DoimoiSpringTest
class ScheduledPublishingTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ArticleRepository repository;

    @Autowired
    CategoryRepository categories;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "hg" + UUID.randomUUID().toString().substring(0, 6);

    private Articles at(LocalDateTime vietnamTime) {
        Clock clock = Clock.fixed(vietnamTime.atZone(VIETNAM).toInstant(), VIETNAM);
        return new Articles(repository, categories, audit, clock, events);
    }

    @Test
    void aScheduledArticleIsPublishedWhenItsVietnamTimeComesAndTheStepIsAudited() {
        // given a draft scheduled at 07:30 on 1 December, Vietnam time (00:30 UTC)
        LocalDateTime monday = LocalDateTime.of(2030, 12, 2, 6, 0);
        Articles early = at(monday);
        UUID id = transactions.execute(tx -> {
            UUID category = early.createCategory("Chuyên mục " + marker, 60);
            return early.create(new ArticleData("Bài hẹn giờ " + marker, null, "<p>Nội dung</p>", null, category));
        });
        LocalDateTime publishAt = LocalDateTime.of(2030, 12, 2, 7, 30);
        transactions.executeWithoutResult(
                tx -> early.schedule(id, early.editable(id).version(), publishAt));
        assertThat(early.editable(id).scheduledAt()).isEqualTo(publishAt);
        assertThat(early.desk(0, 20).items())
                .filteredOn(summary -> summary.id().equals(id))
                .singleElement()
                .satisfies(summary -> assertThat(summary.scheduledAt()).isEqualTo(publishAt));

        // when the scheduler runs one minute before, nothing happens
        Articles before = at(LocalDateTime.of(2030, 12, 2, 7, 29));
        transactions.executeWithoutResult(tx -> before.publishDue());
        assertThat(before.editable(id).status()).isEqualTo(ArticleStatus.DRAFT);

        // and when it runs after the time, the article is published, dated at 07:30 Vietnam time
        Articles after = at(LocalDateTime.of(2030, 12, 2, 7, 30, 20));
        transactions.executeWithoutResult(tx -> after.publishDue());
        Articles.EditableArticle published = after.editable(id);
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.scheduledAt()).isNull();
        assertThat(after.published(published.slug()))
                .hasValueSatisfying(
                        page -> assertThat(page.summary().publishedAt()).isEqualTo(publishAt));
        assertThat(repository.findById(id).orElseThrow().publishedAt())
                .isEqualTo(Instant.parse("2030-12-02T00:30:00Z"));

        List<String> actions = jdbc.queryForList(
                "select action from identity.audit_log where entity_type = 'portal.article' and entity_id = ? order by seq",
                String.class,
                id.toString());
        assertThat(actions).containsExactly("article.created", "article.scheduled", "article.published");
    }

    @Test
    void aCancelledScheduleIsNotPublished() {
        Articles now = at(LocalDateTime.of(2030, 12, 3, 8, 0));
        UUID id = transactions.execute(tx -> {
            UUID category = now.createCategory("Chuyên mục " + marker + "b", 60);
            return now.create(new ArticleData("Bài huỷ hẹn " + marker, null, "<p>Nội dung</p>", null, category));
        });
        transactions.executeWithoutResult(
                tx -> now.schedule(id, now.editable(id).version(), LocalDateTime.of(2030, 12, 3, 9, 0)));
        transactions.executeWithoutResult(
                tx -> now.cancelSchedule(id, now.editable(id).version()));

        Articles later = at(LocalDateTime.of(2030, 12, 3, 10, 0));
        transactions.executeWithoutResult(tx -> later.publishDue());
        assertThat(later.editable(id).status()).isEqualTo(ArticleStatus.DRAFT);
    }
}
