package vn.doimoi.portal.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.portal.ArticlePage;
import vn.doimoi.portal.ArticlePublished;
import vn.doimoi.portal.ArticleStatus;
import vn.doimoi.portal.ArticleSummary;
import vn.doimoi.portal.CategorySummary;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Writes articles through the editorial workflow and reads what readers may see. Every change
 * and every transition goes to the audit trail in the same transaction.
 */
@Service
@Transactional
public class Articles {

    static final String ENTITY = "portal.article";
    static final String CATEGORY_ENTITY = "portal.category";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Articles(
            ArticleRepository articles,
            CategoryRepository categories,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.articles = articles;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** An article with the version that guards concurrent edits. */
    public record EditableArticle(
            UUID id,
            ArticleData data,
            ArticleStatus status,
            String slug,
            long version,
            @Nullable LocalDateTime scheduledAt,
            @Nullable String coverUrl) {}

    /** One page of articles and how many pages there are. */
    public record ArticlePageOf(List<ArticleSummary> items, int page, int pageCount, long total) {}

    // ---- categories

    @Transactional(readOnly = true)
    public List<CategorySummary> categories() {
        return categories.findAllByOrderByPositionAscNameAsc().stream()
                .map(Category::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CategorySummary> category(String slug) {
        return categories.findBySlug(slug).map(Category::toSummary);
    }

    public UUID createCategory(String rawName, int position) {
        return createCategory(UUID.randomUUID(), rawName, position);
    }

    UUID createCategory(UUID id, String rawName, int position) {
        String name = VietnameseText.clean(rawName);
        if (name == null || name.isEmpty()) {
            throw DomainException.invalid("category.error.nameRequired");
        }
        String slug = Slugs.unique(name, categories::existsBySlug);
        Category category = new Category(id, slug, name, position, clock.instant());
        categories.save(category);
        audit.record("category.created", CATEGORY_ENTITY, id.toString(), null, Map.of("slug", slug, "name", name));
        return id;
    }

    // ---- editing

    public UUID create(ArticleData data) {
        return create(UUID.randomUUID(), data);
    }

    UUID create(UUID id, ArticleData data) {
        ArticleData clean = clean(data);
        Article article = new Article(
                id, Slugs.unique(clean.title(), articles::existsBySlug), clean, clean.body(), clock.instant());
        articles.save(article);
        audit.record("article.created", ENTITY, article.id().toString(), null, article.auditState());
        return article.id();
    }

    /** Saves the edit; answers the id, as {@code create} does, so a form saves either way alike. */
    public UUID update(UUID id, long version, ArticleData data) {
        Article article = load(id);
        requireVersion(article, version);
        ArticleData clean = clean(data);
        Map<String, Object> before = article.auditState();
        boolean retitled = !article.title().equals(clean.title());
        article.apply(clean, clean.body(), clock.instant());
        if (retitled && !article.slugIsStable()) {
            article.reslug(
                    Slugs.unique(clean.title(), slug -> !slug.equals(article.slug()) && articles.existsBySlug(slug)));
        }
        articles.saveAndFlush(article);
        audit.record("article.updated", ENTITY, id.toString(), before, article.auditState());
        return id;
    }

    @Transactional(readOnly = true)
    public EditableArticle editable(UUID id) {
        Article article = load(id);
        return new EditableArticle(
                article.id(),
                article.data(),
                article.status(),
                article.slug(),
                article.version(),
                local(article.scheduledAt()),
                article.coverUrl());
    }

    /** Sets the article's cover (already stored and resized) or, with nulls, removes it. */
    public void changeCover(UUID id, long version, @Nullable String url, @Nullable String thumbnailUrl) {
        Article article = load(id);
        requireVersion(article, version);
        Map<String, Object> before = article.auditState();
        article.changeCover(url, thumbnailUrl, clock.instant());
        articles.saveAndFlush(article);
        audit.record(
                url == null ? "article.coverRemoved" : "article.coverChanged",
                ENTITY,
                id.toString(),
                before,
                article.auditState());
    }

    // ---- workflow

    public void submit(UUID id, long version) {
        transition(id, version, "article.submitted", article -> article.submit(clock.instant()));
    }

    public void publish(UUID id, long version) {
        Instant now = clock.instant();
        transition(id, version, "article.published", article -> article.publish(now, now));
    }

    /** Publishes with the original date of an article that appeared elsewhere first (the seed). */
    void publishAt(UUID id, Instant at) {
        Article article = load(id);
        transition(id, article.version(), "article.published", a -> a.publish(at, clock.instant()));
    }

    /** Publishes the article at {@code at}, Vietnam time, through the scheduler. */
    public void schedule(UUID id, long version, LocalDateTime at) {
        Instant instant = at.atZone(VIETNAM).toInstant();
        transition(id, version, "article.scheduled", article -> article.schedule(instant, clock.instant()));
    }

    public void cancelSchedule(UUID id, long version) {
        transition(id, version, "article.scheduleCancelled", article -> article.cancelSchedule(clock.instant()));
    }

    /**
     * Publishes every article whose scheduled time has come; the scheduler calls this. Each
     * publication is audited like an editor's and announced with {@link ArticlePublished}.
     *
     * @return how many articles were published
     */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (Article article : articles.findByScheduledAtLessThanEqualOrderByScheduledAtAsc(now)) {
            if (article.isDue(now)) {
                transition(article.id(), article.version(), "article.published", a -> a.publishScheduled(now));
                published++;
            }
        }
        return published;
    }

    public void unpublish(UUID id, long version) {
        transition(id, version, "article.unpublished", article -> article.unpublish(clock.instant()));
    }

    public void backToDraft(UUID id, long version) {
        transition(id, version, "article.backToDraft", article -> article.backToDraft(clock.instant()));
    }

    private void transition(UUID id, long version, String action, java.util.function.Consumer<Article> change) {
        Article article = load(id);
        requireVersion(article, version);
        Map<String, Object> before = article.auditState();
        change.accept(article);
        articles.saveAndFlush(article);
        audit.record(action, ENTITY, id.toString(), before, article.auditState());
        if (article.isPublished()) {
            events.publishEvent(new ArticlePublished(id));
        }
    }

    // ---- reading

    /** All articles for the editors' desk, most recently changed first. */
    @Transactional(readOnly = true)
    public ArticlePageOf desk(int page, int size) {
        return desk(DeskFilter.none(), page, size);
    }

    /** The editors' desk narrowed to what they look for, most recently changed first. */
    @Transactional(readOnly = true)
    public ArticlePageOf desk(DeskFilter filter, int page, int size) {
        return pageOf(articles.findAll(
                filter.specification(),
                PageRequest.of(Math.max(0, page), size, Sort.by(Sort.Direction.DESC, "updatedAt"))));
    }

    @Transactional(readOnly = true)
    public ArticlePageOf latest(int page, int size) {
        return pageOf(articles.findByStatusAndPublishedAtLessThanEqualOrderByPublishedAtDesc(
                ArticleStatus.PUBLISHED, clock.instant(), PageRequest.of(Math.max(0, page), size)));
    }

    @Transactional(readOnly = true)
    public ArticlePageOf inCategory(UUID categoryId, int page, int size) {
        return pageOf(articles.findByStatusAndCategoryIdAndPublishedAtLessThanEqualOrderByPublishedAtDesc(
                ArticleStatus.PUBLISHED, categoryId, clock.instant(), PageRequest.of(Math.max(0, page), size)));
    }

    /** "Tin khác": other published articles of the same category, newest first. */
    @Transactional(readOnly = true)
    public ArticlePageOf related(UUID articleId, int page, int size) {
        Article article = load(articleId);
        return pageOf(articles.related(
                article.categoryId(), articleId, clock.instant(), PageRequest.of(Math.max(0, page), size)));
    }

    /** A published article by its slug; drafts and unpublished articles are not found. */
    @Transactional(readOnly = true)
    public Optional<ArticlePage> published(String slug) {
        return articles.findBySlug(slug)
                .filter(Article::isPublished)
                .filter(a -> a.publishedAt() != null && !a.publishedAt().isAfter(clock.instant()))
                .map(this::page);
    }

    /** The slug of a published article, for links by id (search results). */
    @Transactional(readOnly = true)
    public Optional<String> publishedSlug(UUID id) {
        return articles.findById(id).filter(Article::isPublished).map(Article::slug);
    }

    /** Any article by id, for the editor's preview. */
    @Transactional(readOnly = true)
    public ArticlePage preview(UUID id) {
        return page(load(id));
    }

    /** Every published article, for the sitemap. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> allPublished() {
        Map<UUID, CategorySummary> byId = categoryIndex();
        return articles.findByStatus(ArticleStatus.PUBLISHED).stream()
                .map(a -> summary(a, byId))
                .toList();
    }

    private ArticlePage page(Article article) {
        String html = HtmlSanitiser.sanitise(article.body());
        return new ArticlePage(
                summary(article, categoryIndex()), html, HtmlSanitiser.plainText(html), article.version());
    }

    private ArticlePageOf pageOf(Page<Article> page) {
        Map<UUID, CategorySummary> byId = categoryIndex();
        return new ArticlePageOf(
                page.getContent().stream().map(a -> summary(a, byId)).toList(),
                page.getNumber(),
                Math.max(1, page.getTotalPages()),
                page.getTotalElements());
    }

    private Map<UUID, CategorySummary> categoryIndex() {
        Map<UUID, CategorySummary> byId = new HashMap<>();
        for (Category category : categories.findAll()) {
            byId.put(category.id(), category.toSummary());
        }
        return byId;
    }

    private static ArticleSummary summary(Article article, Map<UUID, CategorySummary> categories) {
        return new ArticleSummary(
                article.id(),
                article.slug(),
                article.title(),
                article.lead(),
                article.author(),
                categories.get(article.categoryId()),
                article.status(),
                local(article.publishedAt()),
                local(article.updatedAt()),
                article.coverUrl(),
                article.coverThumbnailUrl(),
                local(article.scheduledAt()));
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, VIETNAM);
    }

    private ArticleData clean(ArticleData data) {
        String title = VietnameseText.clean(data.title());
        if (title == null || title.isEmpty()) {
            throw DomainException.invalid("article.error.titleRequired");
        }
        if (data.categoryId() == null || !categories.existsById(data.categoryId())) {
            throw DomainException.invalid("article.error.categoryRequired");
        }
        String body = HtmlSanitiser.sanitise(VietnameseText.nfc(data.body()));
        if (HtmlSanitiser.plainText(body).isEmpty()) {
            throw DomainException.invalid("article.error.bodyRequired");
        }
        String lead = VietnameseText.clean(data.lead());
        String author = VietnameseText.clean(data.author());
        return new ArticleData(
                title,
                lead == null || lead.isEmpty() ? null : lead,
                body,
                author == null || author.isEmpty() ? null : author,
                data.categoryId());
    }

    private static void requireVersion(Article article, long version) {
        if (article.version() != version) {
            throw DomainException.conflict("error.concurrentEdit");
        }
    }

    private Article load(UUID id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("article", id));
    }
}
