package vn.doimoi.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;

/** Many readers at once: the stored count equals the views made, minus reloads and bots. */
@DoimoiSpringTest
class ViewCountTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36";

    @Autowired
    PortalCounters counters;

    @Autowired
    Articles articles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PortalProperties properties;

    @Test
    void concurrentViewsAreStoredExactlyOnceEach() throws Exception {
        // given a published article
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID category = articles.createCategory("Đếm lượt xem " + marker, 90);
        UUID article = articles.create(
                new ArticleData("Bài được đọc nhiều " + marker, null, "<p>Nội dung</p>", null, category));
        articles.publish(article, articles.editable(article).version());
        Instant now = clock.instant();

        // when 16 threads each send 500 readers' views, every reader reloads once, and bots crawl
        int threads = 16;
        int readersPerThread = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> counted = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<Integer> reader = () -> {
                int n = 0;
                for (int r = 0; r < readersPerThread; r++) {
                    String visitor = "reader-" + thread + "-" + r + "-" + marker;
                    n += counters.viewed(article, visitor, BROWSER, now) ? 1 : 0;
                    n += counters.viewed(article, visitor, BROWSER, now.plusSeconds(60)) ? 1 : 0;
                    n += counters.viewed(article, visitor + "-bot", "Googlebot/2.1", now) ? 1 : 0;
                    if (r % 100 == 0) {
                        counters.flush();
                    }
                }
                return n;
            };
            counted.add(pool.submit(reader));
        }
        int reported = 0;
        for (Future<Integer> future : counted) {
            reported += future.get();
        }
        pool.shutdown();
        counters.flush();

        // then the database holds exactly one view per reader
        Long stored =
                jdbc.queryForObject("select views from portal.article_views where article_id = ?", Long.class, article);
        assertThat(reported).isEqualTo(threads * readersPerThread);
        assertThat(stored).isEqualTo((long) threads * readersPerThread);
        assertThat(counters.views(article)).isEqualTo((long) threads * readersPerThread);
    }

    @Test
    void aNewVisitorRaisesTodayAndAReloadDoesNot() {
        Instant now = clock.instant();
        long before = counters.stats(now).today();
        String visitor = "visitor-" + UUID.randomUUID();

        counters.visited(visitor, BROWSER, now);
        counters.visited(visitor, BROWSER, now.plusSeconds(30));
        counters.visited("crawler-" + UUID.randomUUID(), "bingbot/2.0", now);

        var after = counters.stats(now.plusSeconds(30));
        assertThat(after.today()).isGreaterThanOrEqualTo(before + 1);
        assertThat(after.online()).isPositive();
        assertThat(after.thisWeek()).isGreaterThanOrEqualTo(after.today());
        assertThat(after.total()).isGreaterThanOrEqualTo(after.thisWeek());
    }

    @Test
    void aCountedViewIsInTheDatabaseWithinASecondWithoutAnyoneFlushing() throws Exception {
        // given the default interval (what a kill -9 can lose) and a view counted in memory
        assertThat(properties.countFlushInterval()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID category = articles.createCategory("Ghi trong một giây " + marker, 91);
        UUID article =
                articles.create(new ArticleData("Bài vừa đọc " + marker, null, "<p>Nội dung</p>", null, category));
        articles.publish(article, articles.editable(article).version());
        long counted = System.nanoTime();
        assertThat(counters.viewed(article, "reader-" + marker, BROWSER, clock.instant()))
                .isTrue();

        // when the background flusher runs (polled; nobody calls flush here)
        long stored = 0;
        while (stored == 0
                && System.nanoTime() - counted < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(20);
            stored =
                    jdbc
                            .queryForList(
                                    "select views from portal.article_views where article_id = ?", Long.class, article)
                            .stream()
                            .findFirst()
                            .orElse(0L);
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - counted);

        // then it was stored within the interval (plus a margin for a busy two-core machine)
        assertThat(stored).isEqualTo(1);
        assertThat(waited).isLessThan(properties.countFlushInterval().plusMillis(1500));
    }
}
