package vn.doimoi.portal.article;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an editor writes: title, lead (sapo), rich-text body, byline and category. */
public record ArticleData(
        String title,
        @Nullable String lead,
        String body,
        @Nullable String author,
        UUID categoryId) {}
