package vn.doimoi.portal.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text as editors may write it: paragraphs, headings, lists, quotes, tables, links and
 * images, and nothing that runs (no scripts, event handlers, styles, frames or javascript: URLs).
 * Used when an article is saved and again when it is shown.
 */
public final class HtmlSanitiser {

    private static final String BASE = "https://doimoi.invalid/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("span", "div")
            .addTags("figure", "figcaption", "hr")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .preserveRelativeLinks(true);

    private HtmlSanitiser() {}

    /** The HTML with only what the safelist allows; null becomes the empty string. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, BASE, SAFELIST, output);
        return clean.replace(BASE, "/");
    }

    /** The text a reader reads (and a voice speaks), without markup; paragraphs become new lines. */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select("br").before("\\n");
        document.select("p, h1, h2, h3, h4, li, blockquote, tr").after("\\n");
        String text = document.text().replace("\\n", "\n");
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}
