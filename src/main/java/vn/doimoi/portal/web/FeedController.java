package vn.doimoi.portal.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.portal.ArticleSummary;
import vn.doimoi.portal.CategorySummary;
import vn.doimoi.portal.DocumentSummary;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.web.PublicSite;

/** RSS 2.0 per category and the XML sitemap. */
@Controller
class FeedController {

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Articles articles;
    private final Documents documents;
    private final PublicSite site;

    FeedController(Articles articles, Documents documents, PublicSite site) {
        this.articles = articles;
        this.documents = documents;
        this.site = site;
    }

    @GetMapping("/rss/{slug}")
    ResponseEntity<String> rss(@PathVariable String slug) {
        CategorySummary category = articles.category(slug).orElseThrow(() -> new NotFoundException("category", slug));
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<rss version=\"2.0\"><channel>\n");
        xml.append("<title>").append(escape(category.name())).append("</title>\n");
        xml.append("<link>").append(escape(base + category.url())).append("</link>\n");
        xml.append("<description>").append(escape(category.name())).append("</description>\n");
        xml.append("<language>vi</language>\n");
        for (ArticleSummary article : articles.inCategory(category.id(), 0, 30).items()) {
            xml.append("<item><title>").append(escape(article.title())).append("</title>");
            xml.append("<link>").append(escape(base + article.url())).append("</link>");
            xml.append("<guid isPermaLink=\"true\">")
                    .append(escape(base + article.url()))
                    .append("</guid>");
            if (article.lead() != null) {
                xml.append("<description>").append(escape(article.lead())).append("</description>");
            }
            if (article.publishedAt() != null) {
                xml.append("<pubDate>")
                        .append(DateTimeFormatter.RFC_1123_DATE_TIME
                                .withLocale(Locale.ROOT)
                                .format(article.publishedAt().atZone(VIETNAM)))
                        .append("</pubDate>");
            }
            xml.append("</item>\n");
        }
        xml.append("</channel></rss>\n");
        return ResponseEntity.ok().contentType(RSS).body(xml.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : List.of("/", "/news", "/documents", "/organisations", "/search")) {
            url(xml, base + path, null);
        }
        for (CategorySummary category : articles.categories()) {
            url(xml, base + category.url(), null);
        }
        for (ArticleSummary article : articles.allPublished()) {
            url(xml, base + article.url(), article.updatedAt().toLocalDate().toString());
        }
        for (DocumentSummary document : documents.all()) {
            url(xml, base + document.url(), null);
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .body(xml.toString());
    }

    private static void url(StringBuilder xml, String loc, @Nullable String lastmod) {
        xml.append("<url><loc>").append(escape(loc)).append("</loc>");
        if (lastmod != null) {
            xml.append("<lastmod>").append(lastmod).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /** The configured public address, never the request's Host header (ADR 0034). */
    private String base() {
        return site.publicUrl();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
