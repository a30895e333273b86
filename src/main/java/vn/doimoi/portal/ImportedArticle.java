package vn.doimoi.portal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An article as written elsewhere ({@link ArticleImport}): the body is HTML, cleaned on the way in. */
public record ImportedArticle(
        String title,
        @Nullable String lead,
        String body,
        @Nullable String author,
        UUID categoryId) {}
