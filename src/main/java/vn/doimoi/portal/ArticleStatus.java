package vn.doimoi.portal;

import java.util.Set;

/**
 * Where an article is in the editorial workflow: draft → in review → published → unpublished
 * (and back to draft to rework it). Only published articles are visible to readers and search.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    UNPUBLISHED;

    /** The states this one may move to. */
    public Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW, PUBLISHED);
            case IN_REVIEW -> Set.of(DRAFT, PUBLISHED);
            case PUBLISHED -> Set.of(UNPUBLISHED);
            case UNPUBLISHED -> Set.of(DRAFT, PUBLISHED);
        };
    }

    public boolean canMoveTo(ArticleStatus target) {
        return next().contains(target);
    }
}
