package vn.doimoi.portal;

import java.util.UUID;

/** A news category (chuyên mục). */
public record CategorySummary(UUID id, String slug, String name, int position) {

    public String url() {
        return "/news/category/" + slug;
    }

    public String rssUrl() {
        return "/rss/" + slug;
    }
}
