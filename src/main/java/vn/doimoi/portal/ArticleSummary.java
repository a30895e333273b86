package vn.doimoi.portal;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An article in lists ("Tin khác", category pages, the home page, RSS, the editors' desk). Times
 * are Vietnam time; {@code scheduledAt} is when the scheduler will publish it, if it is to.
 */
public record ArticleSummary(
        UUID id,
        String slug,
        String title,
        @Nullable String lead,
        @Nullable String author,
        CategorySummary category,
        ArticleStatus status,
        @Nullable LocalDateTime publishedAt,
        LocalDateTime updatedAt,
        @Nullable String coverUrl,
        @Nullable String coverThumbnailUrl,
        @Nullable LocalDateTime scheduledAt) {

    public String url() {
        return "/news/" + slug;
    }
}
