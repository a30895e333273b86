package vn.doimoi.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.doimoi.portal.stats.PortalCounters;
import vn.doimoi.shared.web.PublicPageShortcut;

/**
 * An anonymous reader's article page straight from {@link RenderedArticles}, without the MVC
 * dispatch: most of a portal's traffic is readers opening the same few articles, and the kept
 * page already has everything but the numbers. Only a page already kept is answered (the first
 * reader goes through {@link NewsController}, which renders it), and only for a plain GET with
 * no session (a signed-in editor or a message to show) and no credentials. The view and the
 * visit are counted as the controller and {@link Visitors} count them.
 */
@Component
class KeptArticleShortcut implements PublicPageShortcut {

    private static final Pattern ARTICLE = Pattern.compile("/news/([a-z0-9-]+)");

    private final RenderedArticles rendered;
    private final PortalCounters counters;
    private final LocaleResolver locales;
    private final Clock clock;

    KeptArticleShortcut(RenderedArticles rendered, PortalCounters counters, LocaleResolver locales, Clock clock) {
        this.rendered = rendered;
        this.counters = counters;
        this.locales = locales;
        this.clock = clock;
    }

    @Override
    public boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getRequestedSessionId() != null
                || request.getSession(false) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader("HX-Request") != null) {
            return false;
        }
        Matcher article = ARTICLE.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!article.matches()) {
            return false;
        }
        Locale locale = locales.resolveLocale(request);
        String siteUrl = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
        RenderedArticles.Page page = rendered.fresh(RenderedArticles.key(article.group(1), locale, siteUrl));
        if (page == null) {
            return false;
        }
        Instant now = clock.instant();
        counters.visited(Visitors.visitor(request, response), Visitors.userAgent(request), now);
        page.serve(request, response, locale, counters, now);
        return true;
    }
}
