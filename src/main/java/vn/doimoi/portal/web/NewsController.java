package vn.doimoi.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.portal.ArticlePage;
import vn.doimoi.portal.CategorySummary;
import vn.doimoi.portal.VisitorStats;
import vn.doimoi.portal.Voice;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.audio.ArticleAudio;
import vn.doimoi.portal.stats.PortalCounters;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.references.References;
import vn.doimoi.shared.text.VietnameseFormats;
import vn.doimoi.shared.web.PublicSite;
import vn.doimoi.shared.web.Ui;

/** News for readers: the latest, by category, and one article with its count and "Tin khác". */
@Controller
class NewsController {

    static final int LIST_SIZE = 10;
    static final int RELATED_SIZE = 5;

    private final Articles articles;
    private final PortalCounters counters;
    private final ArticleAudio audio;
    private final Clock clock;
    private final RenderedArticles rendered;
    private final PublicSite site;
    private final References references;

    NewsController(
            Articles articles,
            PortalCounters counters,
            ArticleAudio audio,
            Clock clock,
            RenderedArticles rendered,
            PublicSite site,
            References references) {
        this.site = site;
        this.references = references;
        this.articles = articles;
        this.counters = counters;
        this.audio = audio;
        this.clock = clock;
        this.rendered = rendered;
    }

    @GetMapping("/news")
    String latest(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("category", null);
        model.addAttribute("articles", articles.latest(new Paging(page, LIST_SIZE).page(), LIST_SIZE));
        model.addAttribute("categories", articles.categories());
        model.addAttribute("stats", counters.stats(clock.instant()));
        return "portal/news";
    }

    @GetMapping("/news/category/{slug}")
    String category(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        CategorySummary category = articles.category(slug).orElseThrow(() -> new NotFoundException("category", slug));
        model.addAttribute("category", category);
        model.addAttribute(
                "articles", articles.inCategory(category.id(), new Paging(page, LIST_SIZE).page(), LIST_SIZE));
        model.addAttribute("categories", articles.categories());
        model.addAttribute("stats", counters.stats(clock.instant()));
        return "portal/news";
    }

    @GetMapping("/news/by-id/{id}")
    String byId(@PathVariable UUID id) {
        String slug = articles.publishedSlug(id).orElseThrow(() -> new NotFoundException("article", id));
        return "redirect:/news/" + slug;
    }

    @GetMapping("/news/{slug}")
    @Nullable
    String article(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Ui ui = (Ui) model.getAttribute("ui");
        String key = ui == null ? null : RenderedArticles.key(slug, ui.locale());
        if (key != null && !ui.isAuthenticated() && ui.notice() == null && request.getQueryString() == null) {
            // an anonymous reader: the page rendered once per article version, numbers filled in
            RenderedArticles.Page cached = rendered.fresh(key);
            if (cached == null) {
                long generation = rendered.generation();
                ArticlePage article = load(slug);
                Map<String, Object> params = new HashMap<>(model.asMap());
                fill(params, article, 0);
                params.put("views", RenderedArticles.VIEWS);
                params.put("stats", new VisitorStats(0, 0, 0, 0));
                params.put("statsMarkers", true);
                cached = rendered.render(key, generation, article.summary().id(), params);
            }
            cached.serve(request, response, ui.locale(), counters, clock.instant());
            return null;
        }
        ArticlePage article = load(slug);
        UUID id = article.summary().id();
        counters.viewed(id, Visitors.reader(request, response), clock.instant());
        Map<String, Object> params = new HashMap<>();
        fill(params, article, page);
        params.put("views", VietnameseFormats.number(counters.views(id)));
        params.put("stats", counters.stats(clock.instant()));
        model.addAllAttributes(params);
        return "portal/article";
    }

    private void fill(Map<String, Object> params, ArticlePage article, int page) {
        params.put("article", article);
        params.put("related", articles.related(article.summary().id(), page, RELATED_SIZE));
        // the documents and programmes whose numbers the article cites, found from its text
        params.put(
                "references",
                references.citedIn(
                        article.summary().title() + "\n" + article.plainText(),
                        article.summary().url()));
        params.put("serverAudio", audio.available());
        params.put(
                "voices",
                List.of(
                        Voice.SOUTH_FEMALE,
                        Voice.SOUTH,
                        Voice.NORTH_FEMALE,
                        Voice.NORTH,
                        Voice.CENTRAL_FEMALE,
                        Voice.CENTRAL));
        // from the configured address, never the request's Host header (ADR 0034)
        params.put("siteUrl", site.publicUrl());
        params.put("absoluteUrl", site.absolute(article.summary().url()));
    }

    /** "Tin khác" alone, for htmx; the article page links to {@code ?page=} without JavaScript. */
    @GetMapping("/news/{slug}/related")
    String related(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        ArticlePage article = load(slug);
        model.addAttribute("article", article);
        model.addAttribute("related", articles.related(article.summary().id(), page, RELATED_SIZE));
        return "portal/related";
    }

    /** The article read aloud in a voice; 404 until the background generation has made it. */
    @GetMapping("/news/{slug}/audio/{voice}")
    ResponseEntity<Resource> audio(@PathVariable String slug, @PathVariable Voice voice) {
        Path file = audio.file(load(slug), voice).orElseThrow(() -> new NotFoundException("audio", slug));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(audio.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(new FileSystemResource(file));
    }

    @GetMapping("/news/{slug}/print")
    String print(@PathVariable String slug, Model model) {
        model.addAttribute("article", load(slug));
        return "portal/article-print";
    }

    private ArticlePage load(String slug) {
        return articles.published(slug).orElseThrow(() -> new NotFoundException("article", slug));
    }
}
