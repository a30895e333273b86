package vn.doimoi.portal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Brings in articles written elsewhere (an old website, the demo) under identifiers the caller
 * chooses, so that the same import run again can tell what it already brought.
 */
public interface ArticleImport {

    /** Whether an article with this identifier exists. */
    boolean has(UUID id);

    /**
     * Adds the article, published with its original date; {@code cover} is an image (PNG or JPEG)
     * stored as its cover when given.
     */
    void published(UUID id, ImportedArticle article, byte @Nullable [] cover, Instant publishedAt);

    /** Adds the article, to be published at {@code at} (Vietnam time) by the scheduler. */
    void scheduled(UUID id, ImportedArticle article, LocalDateTime at);

    /** Adds the article as its author sent it for review: it waits on the editors' desk to be published. */
    void inReview(UUID id, ImportedArticle article);
}
