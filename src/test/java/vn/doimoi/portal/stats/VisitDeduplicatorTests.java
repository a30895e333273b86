package vn.doimoi.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitDeduplicatorTests {

    private final Instant t0 = Instant.parse("2026-11-27T02:00:00Z");
    private final VisitDeduplicator views = new VisitDeduplicator(Duration.ofMinutes(30));

    @Test
    void aReloadWithinThirtyMinutesCountsOnce() {
        assertThat(views.counts("reader-1", "article-1", t0)).isTrue();
        assertThat(views.counts("reader-1", "article-1", t0.plusSeconds(5))).isFalse();
        assertThat(views.counts("reader-1", "article-1", t0.plus(Duration.ofMinutes(29))))
                .isFalse();
    }

    @Test
    void aViewAfterThirtyMinutesCountsAgain() {
        views.counts("reader-1", "article-1", t0);

        assertThat(views.counts("reader-1", "article-1", t0.plus(Duration.ofMinutes(30))))
                .isTrue();
    }

    @Test
    void otherReadersAndOtherArticlesCount() {
        views.counts("reader-1", "article-1", t0);

        assertThat(views.counts("reader-2", "article-1", t0)).isTrue();
        assertThat(views.counts("reader-1", "article-2", t0)).isTrue();
    }

    @Test
    void oldViewsAreForgotten() {
        views.counts("reader-1", "article-1", t0);
        views.counts("reader-2", "article-1", t0.plus(Duration.ofMinutes(20)));

        views.evictBefore(t0.plus(Duration.ofMinutes(40)));

        assertThat(views.size()).isEqualTo(1);
    }

    @Test
    void knownBotsAreRecognisedAndBrowsersAreNot() {
        assertThat(Bots.isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .isTrue();
        assertThat(Bots.isBot("Mozilla/5.0 (compatible; bingbot/2.0)")).isTrue();
        assertThat(Bots.isBot("facebookexternalhit/1.1")).isTrue();
        assertThat(Bots.isBot("curl/8.5.0")).isTrue();
        assertThat(Bots.isBot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "HeadlessChrome/131.0 Safari/537.36"))
                .isFalse();
        assertThat(Bots.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Zalo iOS"))
                .isFalse();
    }
}
