package vn.doimoi.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.doimoi.portal.Voice;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.audio.ArticleAudio;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.kept.PageViews;
import vn.doimoi.shared.references.References;
import vn.doimoi.shared.web.PublicSite;

/** News for readers: the latest, by category, and one article with its count and "Tin khác". */
@Controller
class NewsController {

    static final int LIST_SIZE = 10;
    static final int RELATED_SIZE = 5;

    private final Articles articles;
    private final ArticleAudio audio;
    private final PublicSite site;
    private final References references;

    NewsController(Articles articles, ArticleAudio audio, PublicSite site, References references) {
        this.site = site;
        this.references = references;
        this.articles = articles;
        this.audio = audio;
    }

    @GetMapping("/news")
    String latest(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("category", null);
        model.addAttribute("articles", articles.latest(new Paging(page, LIST_SIZE).page(), LIST_SIZE));
        model.addAttribute("categories", articles.categories());
        return "portal/news";
    }

    @GetMapping("/news/category/{slug}")
    String category(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        CategorySummary category = articles.category(slug).orElseThrow(() -> new NotFoundException("category", slug));
        model.addAttribute("category", category);
        model.addAttribute(
                "articles", articles.inCategory(category.id(), new Paging(page, LIST_SIZE).page(), LIST_SIZE));
        model.addAttribute("categories", articles.categories());
        return "portal/news";
    }

    @GetMapping("/news/by-id/{id}")
    String byId(@PathVariable UUID id) {
        String slug = articles.publishedSlug(id).orElseThrow(() -> new NotFoundException("article", id));
        return "redirect:/news/" + slug;
    }

    /** The view is counted, and the numbers written in, by the kept pages' filter (ADR 0074). */
    @GetMapping("/news/{slug}")
    String article(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        ArticlePage article = load(slug);
        PageViews.viewing(request, article.summary().id());
        Map<String, Object> params = new HashMap<>();
        fill(params, article, page);
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
        Resource file = audio.file(load(slug), voice).orElseThrow(() -> new NotFoundException("audio", slug));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(audio.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(file);
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
