package vn.doimoi.portal.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import vn.doimoi.portal.ArticleStatus;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.search.ExactKeys;
import vn.doimoi.shared.search.VietnameseField;

/**
 * A news article. Its workflow is explicit: {@link #submit}, {@link #publish}, {@link #unpublish}
 * and {@link #backToDraft} check the transition; the service records each in the audit trail.
 * Only published articles are in the search index (see {@link PublishedOnlyRoutingBinder}).
 */
@Entity
@Table(schema = "portal", name = "article")
@Indexed(index = "article", routingBinder = @RoutingBinderRef(type = PublishedOnlyRoutingBinder.class))
class Article {

    @Id
    private UUID id;

    private String slug;

    @VietnameseField(name = "title")
    private String title;

    private @Nullable String lead;
    private String body;

    /** The lead and the body's text, for the one search. */
    @VietnameseField(name = "summary")
    private String searchSummary;

    private @Nullable String author;
    private @Nullable String coverUrl;
    private @Nullable String coverThumbnailUrl;
    private UUID categoryId;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    private @Nullable Instant publishedAt;
    private @Nullable Instant firstPublishedAt;
    /** When the scheduler is to publish this article; null when nothing is scheduled. */
    private @Nullable Instant scheduledAt;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {}

    Article(UUID id, String slug, ArticleData data, String cleanBody, Instant now) {
        this.id = id;
        this.slug = slug;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        apply(data, cleanBody, now);
    }

    void apply(ArticleData data, String cleanBody, Instant now) {
        this.title = data.title();
        this.lead = data.lead();
        this.body = cleanBody;
        this.author = data.author();
        this.categoryId = data.categoryId();
        String text = HtmlSanitiser.plainText(cleanBody);
        this.searchSummary = lead == null ? text : lead + "\n" + text;
        this.updatedAt = now;
    }

    /** A new cover (URLs of the stored pictures), or none. */
    void changeCover(@Nullable String url, @Nullable String thumbnailUrl, Instant now) {
        this.coverUrl = url;
        this.coverThumbnailUrl = thumbnailUrl;
        this.updatedAt = now;
    }

    @Nullable
    String coverUrl() {
        return coverUrl;
    }

    @Nullable
    String coverThumbnailUrl() {
        return coverThumbnailUrl;
    }

    /** The slug follows the title until the article is first published; then it never changes. */
    boolean slugIsStable() {
        return firstPublishedAt != null;
    }

    void reslug(String slug) {
        if (slugIsStable()) {
            throw new IllegalStateException("slug of a published article");
        }
        this.slug = slug;
    }

    void submit(Instant now) {
        moveTo(ArticleStatus.IN_REVIEW, now);
    }

    /** Publishes at {@code at} (now, or the original date of an imported article). */
    void publish(Instant at, Instant now) {
        moveTo(ArticleStatus.PUBLISHED, now);
        if (firstPublishedAt == null) {
            firstPublishedAt = at;
        }
        publishedAt = publishedAt == null ? at : publishedAt;
        scheduledAt = null;
    }

    /**
     * Asks the scheduler to publish this article at {@code at}, which must lie in the future; only
     * an article that could be published now (draft, in review, unpublished) can be scheduled.
     */
    void schedule(Instant at, Instant now) {
        if (!status.canMoveTo(ArticleStatus.PUBLISHED)) {
            throw DomainException.conflict("portal.error.scheduleNotAllowed", status.name());
        }
        if (!at.isAfter(now)) {
            throw DomainException.invalid("portal.error.scheduleInPast");
        }
        this.scheduledAt = at;
        this.updatedAt = now;
    }

    void cancelSchedule(Instant now) {
        if (scheduledAt == null) {
            throw DomainException.conflict("portal.error.nothingScheduled");
        }
        this.scheduledAt = null;
        this.updatedAt = now;
    }

    /** True when the scheduled time has come and the article may still be published. */
    boolean isDue(Instant now) {
        return scheduledAt != null && !scheduledAt.isAfter(now) && status.canMoveTo(ArticleStatus.PUBLISHED);
    }

    /** The scheduler's publication: dated at the scheduled time, not at the scheduler's tick. */
    void publishScheduled(Instant now) {
        if (!isDue(now)) {
            throw DomainException.conflict("portal.error.notDue");
        }
        publish(scheduledAt, now);
    }

    void unpublish(Instant now) {
        moveTo(ArticleStatus.UNPUBLISHED, now);
    }

    void backToDraft(Instant now) {
        moveTo(ArticleStatus.DRAFT, now);
    }

    private void moveTo(ArticleStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw DomainException.conflict("article.error.transition", status.name(), target.name());
        }
        this.status = target;
        this.updatedAt = now;
    }

    boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("slug", slug);
        state.put("title", title);
        state.put("categoryId", categoryId.toString());
        state.put("author", author);
        state.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        state.put("coverUrl", coverUrl);
        state.put("scheduledAt", scheduledAt == null ? null : scheduledAt.toString());
        return state;
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    @Nullable
    String lead() {
        return lead;
    }

    String body() {
        return body;
    }

    @Nullable
    String author() {
        return author;
    }

    UUID categoryId() {
        return categoryId;
    }

    ArticleStatus status() {
        return status;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    @Nullable
    Instant scheduledAt() {
        return scheduledAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    ArticleData data() {
        return new ArticleData(title, lead, body, author, categoryId);
    }

    /** The author's name, so that searching a person's name finds what they wrote first. */
    @KeywordField(name = ExactKeys.FIELD)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "author")))
    public List<String> getExactKeys() {
        return author == null || author.isBlank() ? List.of() : List.of(ExactKeys.name(author));
    }
}
