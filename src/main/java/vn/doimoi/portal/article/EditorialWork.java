package vn.doimoi.portal.article;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.portal.ArticleStatus;
import vn.doimoi.shared.security.CurrentActor;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkItemSource;
import vn.doimoi.shared.work.WorkSection;

/**
 * The newsroom's part of "Việc của tôi" (ADR 0044): an editor sees the articles waiting for review,
 * each opening its edit page, and how many drafts are still unfinished.
 */
@Component
class EditorialWork implements WorkItemSource {

    private final ArticleRepository articles;
    private final CurrentActor actor;

    EditorialWork(ArticleRepository articles, CurrentActor actor) {
        this.articles = articles;
        this.actor = actor;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkSection> sections() {
        if (!actor.hasRole("EDITOR")) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (Article article : articles.findByStatus(ArticleStatus.IN_REVIEW)) {
            items.add(WorkItem.of("me.item.articleInReview", "/editor/articles/" + article.id(), article.title()));
        }
        int drafts = articles.findByStatus(ArticleStatus.DRAFT).size();
        if (drafts > 0) {
            items.add(WorkItem.queue("me.item.articleDrafts", "/editor/articles", drafts));
        }
        return List.of(Heading.ARTICLES.of(items));
    }
}
