package vn.doimoi.portal.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.portal.VisitorStats;
import vn.doimoi.portal.article.ArticleGeneration;
import vn.doimoi.portal.stats.PortalCounters;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The published article page as an anonymous reader gets it, rendered once per article version
 * and kept in memory: only the view count and the visitor statistics change from one reader to
 * the next, so the page is rendered with markers in their place, split at the markers, and each
 * request writes the fixed bytes with the current numbers in between. Any change to any article
 * or category moves {@link ArticleGeneration} and the pages are rendered again ("Tin khác" lists
 * other articles). Signed-in editors, other pages of "Tin khác" and other languages are rendered
 * as before.
 */
@Component
class RenderedArticles {

    static final String VIEWS = "@@dm:views@@";
    static final String ONLINE = "@@dm:online@@";
    static final String TODAY = "@@dm:today@@";
    static final String WEEK = "@@dm:week@@";
    static final String TOTAL = "@@dm:total@@";
    private static final Pattern MARKER = Pattern.compile("@@dm:(views|online|today|week|total)@@");
    private static final int MAX_PAGES = 2000;
    private static final Set<String> KEPT_LANGUAGES = Set.of("vi", "en");

    /**
     * A rendered page: fixed parts and, between them, which number goes there; and the response
     * headers the full filter chain gave it (security policies), once a full answer was seen.
     */
    record Page(
            long generation,
            UUID articleId,
            List<byte[]> parts,
            List<String> slots,
            @Nullable List<Map.Entry<String, String>> headers) {

        Page withHeaders(List<Map.Entry<String, String>> learned) {
            return new Page(generation, articleId, parts, slots, List.copyOf(learned));
        }

        /** Counts the view and writes the page with the current numbers. */
        void serve(
                HttpServletRequest request,
                HttpServletResponse response,
                Locale locale,
                PortalCounters counters,
                Instant now)
                throws IOException {
            counters.viewed(articleId, Visitors.reader(request, response), now);
            response.setContentType("text/html;charset=UTF-8");
            response.setLocale(locale);
            write(response, counters.views(articleId), counters.stats(now));
        }

        /** With its length, so the page goes out in one piece rather than in chunks. */
        void write(HttpServletResponse response, long views, VisitorStats stats) throws IOException {
            byte[][] numbers = new byte[slots.size()][];
            long length = 0;
            for (int i = 0; i < parts.size(); i++) {
                length += parts.get(i).length;
                if (i < slots.size()) {
                    long value = switch (slots.get(i)) {
                        case "views" -> views;
                        case "online" -> stats.online();
                        case "today" -> stats.today();
                        case "week" -> stats.thisWeek();
                        default -> stats.total();
                    };
                    numbers[i] = VietnameseFormats.number(value).getBytes(StandardCharsets.US_ASCII);
                    length += numbers[i].length;
                }
            }
            response.setContentLengthLong(length);
            OutputStream out = response.getOutputStream();
            for (int i = 0; i < parts.size(); i++) {
                out.write(parts.get(i));
                if (i < slots.size()) {
                    out.write(numbers[i]);
                }
            }
        }
    }

    private final TemplateEngine templates;
    private final ArticleGeneration generation;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    RenderedArticles(TemplateEngine templates, ArticleGeneration generation) {
        this.templates = templates;
        this.generation = generation;
    }

    /**
     * Which kept page a reader gets: per article and language, or none for a language the site
     * does not have. Nothing the client chooses freely (the {@code Host} header, any language tag
     * in a cookie) makes a new key, so a stream of such requests cannot push the kept pages out;
     * the links in the page come from the configured public address (ADR 0034).
     */
    static @Nullable String key(String slug, Locale locale) {
        String language = locale.toLanguageTag();
        return KEPT_LANGUAGES.contains(language) ? slug + "|" + language : null;
    }

    /** The page rendered for this key, if nothing changed since. */
    @Nullable
    Page fresh(String key) {
        Page page = pages.get(key);
        return page != null && page.generation() == generation.current() ? page : null;
    }

    /**
     * Renders the page with {@code model} (which asks for markers) and keeps it under the
     * generation read before the data was loaded, so a change during rendering is not hidden.
     */
    Page render(String key, long generationBefore, UUID articleId, Map<String, Object> model) {
        StringOutput output = new StringOutput();
        templates.render("portal/article.jte", model, output);
        Page rendered = split(generationBefore, articleId, output.toString());
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(key, rendered);
        return rendered;
    }

    /** Keeps the headers of a full answer with the page it served, if that page is still the kept one. */
    void learnHeaders(String key, Page page, List<Map.Entry<String, String>> headers) {
        pages.replace(key, page, page.withHeaders(headers));
    }

    long generation() {
        return generation.current();
    }

    static Page split(long generation, UUID articleId, String html) {
        List<byte[]> parts = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        Matcher matcher = MARKER.matcher(html);
        int from = 0;
        while (matcher.find()) {
            parts.add(html.substring(from, matcher.start()).getBytes(StandardCharsets.UTF_8));
            slots.add(matcher.group(1));
            from = matcher.end();
        }
        parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new Page(generation, articleId, List.copyOf(parts), List.copyOf(slots), null);
    }
}
