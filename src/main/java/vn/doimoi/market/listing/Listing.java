package vn.doimoi.market.listing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.Screening;
import vn.doimoi.market.ServiceKind;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.search.VietnameseField;

/**
 * An offer, a demand or a service with its life cycle. Indexed (only while live) with its title,
 * summary and body in the Vietnamese fields and the facts the matching scores on; the owner is
 * never indexed, so no search can reveal an anonymous owner.
 */
@Entity
@Table(schema = "market", name = "listing")
@Indexed(index = "listing", routingBinder = @RoutingBinderRef(type = LiveOnlyRoutingBinder.class))
class Listing {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ListingKind kind;

    @Enumerated(EnumType.STRING)
    private ListingStatus status;

    @VietnameseField(name = "title")
    private String title;

    @VietnameseField(name = "summary")
    private String summary;

    private @Nullable String problem;
    private @Nullable String advantages;
    private @Nullable String currentSolution;
    private @Nullable String requirements;
    private @Nullable String timeFrame;

    @GenericField(projectable = Projectable.YES)
    private @Nullable Integer trl;

    @Enumerated(EnumType.STRING)
    private @Nullable IpStatus ipStatus;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private @Nullable ServiceKind serviceKind;

    @ScaledNumberField(decimalScale = 0, projectable = Projectable.YES)
    private @Nullable BigDecimal priceMin;

    @ScaledNumberField(decimalScale = 0, projectable = Projectable.YES)
    private @Nullable BigDecimal priceMax;

    @KeywordField(name = "province", aggregable = Aggregable.YES)
    private @Nullable String region;

    private LocalDate validUntil;

    @GenericField(projectable = Projectable.YES)
    private Instant confirmedAt;

    private @Nullable Instant publishedAt;
    private UUID ownerOrgId;
    private boolean anonymous;
    private boolean stateFunded;
    private @Nullable UUID sourceResultId;

    /** The finding and the version of the lists (rule book, kind transfer-screening) it was screened against. */
    @Embedded
    private ScreeningResult screening = ScreeningResult.CLEAR;

    private @Nullable String reviewNote;
    private @Nullable String changedFields;
    private @Nullable Integer remindedDays;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "market", name = "listing_field", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "code")
    @KeywordField(name = "fieldCode", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> fieldCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "market", name = "listing_mode", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "mode")
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "mode", projectable = Projectable.YES)
    private Set<CooperationMode> modes = new TreeSet<>();

    @Version
    private long version;

    protected Listing() {}

    Listing(ListingKind kind, UUID ownerOrgId, ListingContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.ownerOrgId = ownerOrgId;
        this.status = ListingStatus.DRAFT;
        this.createdAt = now;
        this.confirmedAt = now;
        apply(content, now);
    }

    /**
     * Edits are allowed while the owner still holds the listing (draft), and on live or outdated
     * listings; {@link #backToReview} follows when a material field changed ({@link MaterialChange}).
     */
    void apply(ListingContent content, Instant now) {
        if (status == ListingStatus.REVIEW || status == ListingStatus.ARCHIVED) {
            throw DomainException.conflict("market.error.notEditable");
        }
        this.title = content.title();
        this.summary = content.summary();
        this.problem = content.problem();
        this.advantages = content.advantages();
        this.currentSolution = content.currentSolution();
        this.requirements = content.requirements();
        this.timeFrame = content.timeFrame();
        this.trl = content.trl();
        this.ipStatus = content.ipStatus();
        this.serviceKind = content.serviceKind();
        this.priceMin = content.priceMin();
        this.priceMax = content.priceMax();
        this.region = content.region();
        this.validUntil = content.validUntil();
        this.anonymous = content.anonymous();
        this.fieldCodes = new TreeSet<>(content.fieldCodes());
        this.modes = new TreeSet<>(content.modes());
        this.updatedAt = now;
    }

    /** The owner hands the listing to the Department; screening decides whether it may go on. */
    void submit(ScreeningResult result, Instant now) {
        requireStatus(ListingStatus.DRAFT);
        toReview(result, now);
    }

    /**
     * A live (or outdated) listing whose owner changed a material field goes back to the
     * moderators, screened again, with the names of the fields that changed as their note.
     */
    void backToReview(ScreeningResult result, Set<String> changed, Instant now) {
        if (!(status.isLive() || status == ListingStatus.OUTDATED)) {
            throw DomainException.conflict("market.error.wrongStatus", status.name());
        }
        toReview(result, now);
        this.changedFields = String.join(",", new TreeSet<>(changed));
    }

    /** Screened again on the way to the moderators; a prohibited technology stops here. */
    private void toReview(ScreeningResult result, Instant now) {
        this.screening = result;
        this.updatedAt = now;
        if (result.level() == Screening.PROHIBITED) {
            throw DomainException.refused("market.error.prohibited", result.note());
        }
        this.status = ListingStatus.REVIEW;
        this.reviewNote = null;
    }

    /** STAFF publishes after review; prohibited technologies never. */
    void publish(LocalDate today, Instant now) {
        requireStatus(ListingStatus.REVIEW);
        if (screening.level() == Screening.PROHIBITED) {
            throw DomainException.refused("market.error.prohibited", screening.note());
        }
        if (!validUntil.isAfter(today)) {
            throw DomainException.refused("market.error.validUntilPast");
        }
        this.status = ListingStatus.PUBLISHED;
        this.changedFields = null;
        this.publishedAt = now;
        this.confirmedAt = now;
        this.remindedDays = null;
        this.updatedAt = now;
    }

    /** STAFF sends it back to the owner with the reasons. */
    void reject(String note, Instant now) {
        requireStatus(ListingStatus.REVIEW);
        if (note == null || note.isBlank()) {
            throw DomainException.refused("market.error.reasonRequired");
        }
        this.status = ListingStatus.DRAFT;
        this.changedFields = null;
        this.reviewNote = note.strip();
        this.updatedAt = now;
    }

    /** One click: the owner confirms the listing is still valid for another period. */
    void reconfirm(LocalDate today, int validityDays, Instant now) {
        if (!(status.isLive() || status == ListingStatus.OUTDATED)) {
            throw DomainException.conflict("market.error.notReconfirmable");
        }
        this.status = ListingStatus.PUBLISHED;
        this.validUntil = today.plusDays(validityDays);
        this.confirmedAt = now;
        this.remindedDays = null;
        this.updatedAt = now;
    }

    void archive(Instant now) {
        if (status == ListingStatus.ARCHIVED) {
            throw DomainException.conflict("market.error.alreadyArchived");
        }
        this.status = ListingStatus.ARCHIVED;
        this.updatedAt = now;
    }

    /** The daily step on the Vietnam date ({@link FreshnessStep}); the reminder due today, or 0. */
    int tick(LocalDate today, int archiveAfterDays, Instant now) {
        FreshnessStep step = FreshnessStep.of(status, validUntil, remindedDays, today, archiveAfterDays);
        status = step.status();
        remindedDays = step.remindedDays();
        if (step.touched()) {
            updatedAt = now;
        }
        return step.reminder();
    }

    private void requireStatus(ListingStatus expected) {
        if (status != expected) {
            throw DomainException.conflict("market.error.wrongStatus", status.name());
        }
    }

    /** Everything a matching reads besides title and summary, for the Vietnamese analysis. */
    @VietnameseField(name = "body", stored = false)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "problem")),
                @ObjectPath(@PropertyValue(propertyName = "advantages")),
                @ObjectPath(@PropertyValue(propertyName = "currentSolution")),
                @ObjectPath(@PropertyValue(propertyName = "requirements"))
            })
    String getBody() {
        return Stream.of(problem, advantages, currentSolution, requirements)
                .filter(each -> each != null && !each.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /** Field codes with all their ancestors (40101 → 4, 401, 40101), for closeness candidates. */
    @KeywordField(name = "fieldPath")
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "fieldCodes")),
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    Set<String> getFieldPath() {
        return FieldCodes.withAncestors(fieldCodes);
    }

    UUID id() {
        return id;
    }

    ListingKind kind() {
        return kind;
    }

    ListingStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    /** What the owner wrote, as the record it was written in. */
    ListingContent content() {
        return new ListingContent(
                title,
                summary,
                problem,
                advantages,
                currentSolution,
                requirements,
                timeFrame,
                trl,
                ipStatus,
                serviceKind,
                priceMin,
                priceMax,
                region,
                validUntil,
                anonymous,
                fieldCodes,
                modes);
    }

    LocalDate validUntil() {
        return validUntil;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    UUID ownerOrgId() {
        return ownerOrgId;
    }

    boolean anonymous() {
        return anonymous;
    }

    boolean stateFunded() {
        return stateFunded;
    }

    void markStateFunded(UUID resultId) {
        this.stateFunded = true;
        this.sourceResultId = resultId;
    }

    ScreeningResult screening() {
        return screening;
    }

    @Nullable
    String reviewNote() {
        return reviewNote;
    }

    /** The material fields the owner changed on a published listing, while it waits for review. */
    List<String> changedFields() {
        return changedFields == null || changedFields.isBlank() ? List.of() : List.of(changedFields.split(","));
    }

    Set<String> fieldCodes() {
        return Set.copyOf(fieldCodes);
    }

    Set<CooperationMode> modes() {
        return Set.copyOf(modes);
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
