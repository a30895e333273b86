package vn.doimoi.portal;

import java.util.UUID;

/** An article became visible to readers. */
public record ArticlePublished(UUID articleId) {}
