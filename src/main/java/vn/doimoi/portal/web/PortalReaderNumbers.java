package vn.doimoi.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.portal.VisitorStats;
import vn.doimoi.portal.stats.PortalCounters;
import vn.doimoi.shared.kept.ReaderNumbers;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The portal's per-reader numbers: the visit and the article's view are counted here and only
 * here, for kept and freshly rendered pages alike, and the page's markers get the view count and
 * the visitor statistics ({@code visitor-stats.jte}, {@code article.jte}).
 */
@Component
class PortalReaderNumbers implements ReaderNumbers {

    private final PortalCounters counters;
    private final Clock clock;

    PortalReaderNumbers(PortalCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public Map<String, String> count(HttpServletRequest request, HttpServletResponse response, @Nullable UUID viewed) {
        Instant now = clock.instant();
        counters.visited(Visitors.reader(request, response), now);
        if (viewed != null) {
            counters.viewed(viewed, Visitors.reader(request, response), now);
        }
        return numbers(viewed, now);
    }

    @Override
    public Map<String, String> current(@Nullable UUID viewed) {
        return numbers(viewed, clock.instant());
    }

    private Map<String, String> numbers(@Nullable UUID viewed, Instant now) {
        VisitorStats stats = counters.stats(now);
        return Map.of(
                "views", viewed == null ? "" : VietnameseFormats.number(counters.views(viewed)),
                "online", VietnameseFormats.number(stats.online()),
                "today", VietnameseFormats.number(stats.today()),
                "week", VietnameseFormats.number(stats.thisWeek()),
                "total", VietnameseFormats.number(stats.total()));
    }

    @Override
    public Set<String> tables() {
        return Set.of("article_views", "visit_day");
    }
}
