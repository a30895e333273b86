package vn.doimoi.portal.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.portal.ArticleStatus;
import vn.doimoi.shared.DomainException;

/** The scheduling rules of an article, without Spring. */
class ArticleScheduleTests {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    private static Article draft() {
        return new Article(
                UUID.randomUUID(),
                "bai-viet",
                new ArticleData("Bài viết", null, "<p>Nội dung</p>", null, UUID.randomUUID()),
                "<p>Nội dung</p>",
                NOW);
    }

    @Test
    void aScheduledDraftIsPublishedAtItsScheduledTimeNotAtTheSchedulersTick() {
        Article article = draft();
        Instant at = NOW.plus(Duration.ofHours(3));
        article.schedule(at, NOW);

        assertThat(article.isDue(at.minusSeconds(1))).isFalse();
        assertThat(article.isDue(at.plusSeconds(20))).isTrue();

        article.publishScheduled(at.plusSeconds(20));
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishedAt()).isEqualTo(at);
        assertThat(article.scheduledAt()).isNull();
    }

    @Test
    void aTimeInThePastCannotBeScheduled() {
        Article article = draft();
        assertThatThrownBy(() -> article.schedule(NOW.minusSeconds(60), NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("portal.error.scheduleInPast");
    }

    @Test
    void aPublishedArticleCannotBeScheduled() {
        Article article = draft();
        article.publish(NOW, NOW);
        assertThatThrownBy(() -> article.schedule(NOW.plusSeconds(3600), NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("portal.error.scheduleNotAllowed");
    }

    @Test
    void publishingByHandClearsTheScheduleAndAnEarlyPublicationIsRefused() {
        Article article = draft();
        article.schedule(NOW.plusSeconds(3600), NOW);
        assertThatThrownBy(() -> article.publishScheduled(NOW.plusSeconds(10))).isInstanceOf(DomainException.class);

        article.publish(NOW.plusSeconds(10), NOW.plusSeconds(10));
        assertThat(article.scheduledAt()).isNull();
        assertThat(article.isDue(NOW.plusSeconds(7200))).isFalse();
    }

    @Test
    void aCancelledScheduleIsNoLongerDue() {
        Article article = draft();
        article.schedule(NOW.plusSeconds(60), NOW);
        article.cancelSchedule(NOW);
        assertThat(article.isDue(NOW.plusSeconds(120))).isFalse();
    }
}
