package vn.doimoi.portal.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import vn.doimoi.portal.stats.PortalCounters;
import vn.doimoi.shared.web.PublicPageShortcut;

/**
 * An anonymous reader's article page straight from {@link RenderedArticles}, without the MVC
 * dispatch: most of a portal's traffic is readers opening the same few articles, and the kept
 * page already has everything but the numbers. Only a page already kept is answered (the first
 * reader goes through {@link NewsController}, which renders it), and only for a plain GET with
 * no session (a signed-in editor or a message to show) and no credentials, and only once the
 * headers of a full answer to it are known (the security chain's, replayed; ADR 0023). The view
 * and the visit are counted as the controller and {@link Visitors} count them.
 */
@Component
class KeptArticleShortcut implements PublicPageShortcut {

    private static final Pattern ARTICLE = Pattern.compile("/news/([a-z0-9-]+)");
    /** Headers of one reader or one body, never replayed: the shortcut writes its own. */
    private static final Set<String> PER_RESPONSE =
            Set.of("set-cookie", "content-length", "transfer-encoding", "date", "content-type", "content-language");

    private final RenderedArticles rendered;
    private final PortalCounters counters;
    private final LocaleResolver locales;
    private final Clock clock;
    /** Pages answered here are not in the HTTP server metrics, which this skips: counted apart. */
    private final Counter served;

    KeptArticleShortcut(
            RenderedArticles rendered,
            PortalCounters counters,
            LocaleResolver locales,
            Clock clock,
            MeterRegistry meters) {
        this.rendered = rendered;
        this.counters = counters;
        this.locales = locales;
        this.clock = clock;
        this.served = Counter.builder("doimoi.portal.kept.pages")
                .description("Article pages answered from memory ahead of the filter chain")
                .register(meters);
    }

    @Override
    public boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = keyOf(request);
        RenderedArticles.Page page = key == null ? null : rendered.fresh(key);
        if (page == null || page.headers() == null) {
            return false;
        }
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        Instant now = clock.instant();
        counters.visited(Visitors.reader(request, response), now);
        page.serve(request, response, locales.resolveLocale(request), counters, now);
        served.increment();
        return true;
    }

    /**
     * Learns the headers the whole chain (the security headers above all) gave a kept page, so the
     * shortcut answers with the same; what belongs to one reader or one body is left out.
     */
    @Override
    public void answeredInFull(HttpServletRequest request, HttpServletResponse response) {
        if (response.getStatus() != HttpServletResponse.SC_OK || request.getSession(false) != null) {
            return;
        }
        String key = keyOf(request);
        RenderedArticles.Page page = key == null ? null : rendered.fresh(key);
        if (page == null || page.headers() != null) {
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        rendered.learnHeaders(key, page, headers);
    }

    /** The kept page this request may be answered with: a plain anonymous GET of an article. */
    private @Nullable String keyOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getRequestedSessionId() != null
                || request.getSession(false) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader("HX-Request") != null) {
            return null;
        }
        Matcher article = ARTICLE.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!article.matches()) {
            return null;
        }
        return RenderedArticles.key(article.group(1), locales.resolveLocale(request));
    }
}
