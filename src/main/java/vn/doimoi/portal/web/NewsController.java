package vn.doimoi.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.doimoi.portal.ArticlePage;
import vn.doimoi.portal.CategorySummary;
import vn.doimoi.portal.Voice;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.audio.ArticleAudio;
import vn.doimoi.portal.stats.PortalCounters;
import vn.doimoi.shared.NotFoundException;

/** News for readers: the latest, by category, and one article with its count and "Tin khác". */
@Controller
class NewsController {

    static final int LIST_SIZE = 10;
    static final int RELATED_SIZE = 5;

    private final Articles articles;
    private final PortalCounters counters;
    private final ArticleAudio audio;
    private final Clock clock;

    NewsController(Articles articles, PortalCounters counters, ArticleAudio audio, Clock clock) {
        this.articles = articles;
        this.counters = counters;
        this.audio = audio;
        this.clock = clock;
    }

    @GetMapping("/news")
    String latest(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("category", null);
        model.addAttribute("articles", articles.latest(page, LIST_SIZE));
        model.addAttribute("categories", articles.categories());
        model.addAttribute("stats", counters.stats(clock.instant()));
        return "portal/news";
    }

    @GetMapping("/news/category/{slug}")
    String category(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        CategorySummary category = articles.category(slug).orElseThrow(() -> new NotFoundException("category", slug));
        model.addAttribute("category", category);
        model.addAttribute("articles", articles.inCategory(category.id(), page, LIST_SIZE));
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
    String article(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ArticlePage article = load(slug);
        UUID id = article.summary().id();
        counters.viewed(id, Visitors.visitor(request, response), Visitors.userAgent(request), clock.instant());
        model.addAttribute("article", article);
        model.addAttribute("views", counters.views(id));
        model.addAttribute("related", articles.related(id, page, RELATED_SIZE));
        model.addAttribute("stats", counters.stats(clock.instant()));
        model.addAttribute("serverAudio", audio.available());
        model.addAttribute("voices", List.of(Voice.SOUTH, Voice.NORTH, Voice.CENTRAL));
        String siteUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        model.addAttribute("siteUrl", siteUrl);
        model.addAttribute("absoluteUrl", siteUrl + article.summary().url());
        return "portal/article";
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
