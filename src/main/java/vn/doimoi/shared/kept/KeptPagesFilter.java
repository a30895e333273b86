package vn.doimoi.shared.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every anonymous public page, rendered once per version of the data it shows and kept (ADR
 * 0074). It runs inside the security chain, so a kept page gets the very headers a rendered one
 * does; it skips only the MVC dispatch and the rendering. A page is kept with the tables it read
 * and their generations, and served while none of them has changed (and for at most a minute, for
 * what changes with the clock alone; sooner when the page shows a time to come, {@link TimesShown}). The numbers of each reader are
 * written in at answer time, and counted here, once, however the page was served.
 */
final class KeptPagesFilter extends OncePerRequestFilter {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    /** The public pages kept for anonymous readers. */
    static final List<PathPattern> KEPT = patterns(
            "/",
            "/news",
            "/news/category/*",
            "/news/*",
            "/documents",
            "/documents/*",
            "/organisations",
            "/organisations/*",
            "/people",
            "/people/*",
            "/market",
            "/market/listings/*",
            "/programs",
            "/programs/*",
            "/calls",
            "/calls/*",
            "/tasks",
            "/tasks/*",
            "/results",
            "/results/*",
            "/rss/*",
            "/sitemap.xml");
    /** Other reader's pages whose visits count in the statistics, never kept. */
    static final List<PathPattern> COUNTED = patterns("/search", "/documents/**", "/news/by-id/*", "/news/*/audio/*");

    private static final Set<String> LANGUAGES = Set.of("vi", "en");
    /** Headers a page's own rendering may set and still be kept: any other (a cookie) is one reader's. */
    private static final Set<String> RENDERING_HEADERS = Set.of("content-type", "content-language", "vary");

    private final DataGenerations generations;
    private final ReaderNumbers numbers;
    private final LocaleResolver locales;
    private final Clock clock;
    private final Cache<String, KeptPage> pages;
    private final Counter kept;
    private final Counter rendered;

    KeptPagesFilter(
            DataGenerations generations,
            ReaderNumbers numbers,
            LocaleResolver locales,
            Clock clock,
            MeterRegistry meters,
            long maxBytes) {
        this.generations = generations;
        this.numbers = numbers;
        this.locales = locales;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, KeptPage page) -> key.length() + page.size())
                .expireAfterWrite(Duration.ofMinutes(1))
                .build();
        this.kept = Counter.builder("doimoi.kept.pages")
                .tag("answer", "kept")
                .description("Public pages answered")
                .register(meters);
        this.rendered = Counter.builder("doimoi.kept.pages")
                .tag("answer", "rendered")
                .description("Public pages answered")
                .register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        boolean reading = "GET".equals(method) || "HEAD".equals(method);
        boolean htmx = request.getHeader("HX-Request") != null;
        if (!reading || !matches(KEPT, path)) {
            if (reading && !htmx && matches(COUNTED, path)) {
                numbers.count(request, response, null);
            }
            chain.doFilter(request, response);
            return;
        }
        String key = htmx ? null : key(request, path.value());
        KeptPage page = key == null ? null : pages.getIfPresent(key);
        if (page != null && page.current(generations, clock.millis())) {
            kept.increment();
            answer(request, response, page, true, !htmx);
            return;
        }
        render(request, response, chain, key, !htmx);
    }

    /** Renders the page through the MVC dispatch, keeps it if it is everyone's, and answers it. */
    private void render(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            @Nullable String key,
            boolean counting)
            throws ServletException, IOException {
        Set<String> before = lowerCase(response.getHeaderNames());
        ContentCachingResponseWrapper body = new ContentCachingResponseWrapper(response);
        Map<String, Long> read;
        Instant changes;
        if (key != null) {
            TablesRead.start();
            TimesShown.start(clock.instant(), clock.getZone());
        }
        try {
            chain.doFilter(request, body);
        } finally {
            read = key != null ? TablesRead.stop() : Map.of();
            changes = key != null ? TimesShown.stop() : null;
        }
        String contentType = body.getContentType();
        if (body.getStatus() != HttpServletResponse.SC_OK || contentType == null || !textual(contentType)) {
            body.copyBodyToResponse();
            return;
        }
        rendered.increment();
        KeptPage page = KeptPage.of(
                body.getContentAsByteArray(),
                contentType,
                response.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                PageViews.viewed(request),
                dataOf(read),
                clock.millis(),
                changes);
        boolean everyones = key != null && request.getSession(false) == null && onlyRenderingHeaders(before, response);
        if (everyones) {
            pages.put(key, page);
        }
        answer(request, response, page, everyones, counting);
    }

    /**
     * The one answer of a public page, kept or just rendered: counted, numbers written in, and
     * for everyone's pages a tag and a date so a browser or a proxy asks again cheaply.
     */
    private void answer(
            HttpServletRequest request,
            HttpServletResponse response,
            KeptPage page,
            boolean everyones,
            boolean counting)
            throws IOException {
        Map<String, String> values =
                counting ? numbers.count(request, response, page.viewed()) : numbers.current(page.viewed());
        KeptPage.Filled filled = page.fill(values);
        response.setContentType(page.contentType());
        if (page.language() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.language());
        }
        if (everyones) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.setHeader(HttpHeaders.VARY, "Cookie");
            // the tag covers the numbers written in too: a reload must show today's counts, not the
            // browser's copy of the page with the numbers it had then
            if (request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
                    && request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null) {
                // most answers: nothing to compare, the headers written as they were formatted once
                response.setHeader(HttpHeaders.ETAG, filled.etag());
                response.setHeader(HttpHeaders.LAST_MODIFIED, page.lastModifiedHeader());
            } else if (new ServletWebRequest(request, response).checkNotModified(filled.etag(), page.lastModified())) {
                return;
            }
        }
        filled.write(response);
    }

    /**
     * The kept page this request may be answered with: only for an anonymous reader with no
     * session and no credentials, in a language the site has, and not a search or a language
     * switch (which sets a cookie). Nothing else the client sends makes a new key.
     */
    private @Nullable String key(HttpServletRequest request, String path) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String query = request.getQueryString();
        if (request.getRequestedSessionId() != null
                || request.getSession(false) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || (signedIn != null && !(signedIn instanceof AnonymousAuthenticationToken))
                // parameters that are not all in the address (a form body) would not be in the key
                || (query == null && !request.getParameterMap().isEmpty())
                || request.getParameter("lang") != null
                || request.getParameter("q") != null) {
            return null;
        }
        String language = locales.resolveLocale(request).toLanguageTag();
        if (!LANGUAGES.contains(language)) {
            return null;
        }
        return path + (query == null ? "" : "?" + query) + "|" + language;
    }

    /** The tables read, less those of the readers' numbers (a counted view changes no page). */
    private Map<String, Long> dataOf(Map<String, Long> read) {
        Map<String, Long> data = new HashMap<>(read);
        data.keySet().removeAll(numbers.tables());
        return Map.copyOf(data);
    }

    private static boolean onlyRenderingHeaders(Set<String> before, HttpServletResponse response) {
        for (String name : lowerCase(response.getHeaderNames())) {
            if (!before.contains(name) && !RENDERING_HEADERS.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> lowerCase(java.util.Collection<String> names) {
        Set<String> lower = new HashSet<>();
        for (String name : names) {
            lower.add(name.toLowerCase(java.util.Locale.ROOT));
        }
        return lower;
    }

    private static boolean textual(String contentType) {
        return contentType.startsWith("text/html") || contentType.contains("xml");
    }

    private static boolean matches(List<PathPattern> patterns, PathContainer path) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathPattern> patterns(String... paths) {
        return java.util.Arrays.stream(paths).map(PARSER::parse).toList();
    }
}
