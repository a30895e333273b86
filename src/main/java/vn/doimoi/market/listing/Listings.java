package vn.doimoi.market.listing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.ListingView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Offers, demands and services: writing, screening, moderation and reading. What a reader may see
 * is {@link ListingViews}' part, the checks {@link ListingChecks}', the notices
 * {@link ListingNotices}' and the daily freshness run {@link ListingFreshness}'.
 */
@Service
@Transactional
public class Listings {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Set<ListingStatus> LIVE = Set.of(ListingStatus.PUBLISHED, ListingStatus.EXPIRING);

    private final ListingRepository repository;
    private final ListingViews views;
    private final ListingChecks checks;
    private final ListingNotices notices;
    private final AuditLog audit;
    private final MarketProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Listings(
            ListingRepository repository,
            ListingViews views,
            ListingChecks checks,
            ListingNotices notices,
            AuditLog audit,
            MarketProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.views = views;
        this.checks = checks;
        this.notices = notices;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A listing was published (for saved-search alerts). */
    public record Published(UUID listingId) {}

    public LocalDate today() {
        return checks.today();
    }

    /** A member writes a draft for its organisation. */
    public UUID create(CurrentUser actor, ListingKind kind, ListingContent content) {
        UUID organisation = ListingAccess.requireMember(actor);
        checks.validate(kind, content);
        Listing listing = new Listing(kind, organisation, content, clock.instant());
        repository.save(listing);
        audit.record(
                "market.listing.created",
                "market.listing",
                listing.id().toString(),
                null,
                ListingAuditState.of(listing));
        return listing.id();
    }

    /**
     * The owner edits its listing (optimistic lock: a form loaded before another member's save is
     * refused, never merged). A material change ({@link MaterialChange}) to a published listing
     * sends it back to the moderators with the changed fields as their note.
     *
     * @return whether the listing went back to moderation
     */
    public boolean update(CurrentUser actor, UUID id, long version, ListingContent content) {
        Listing listing = owned(actor, id);
        ListingAccess.requireMember(actor);
        checkVersion(listing, version);
        checks.validate(listing.kind(), content);
        Map<String, Object> before = ListingAuditState.of(listing);
        Set<String> material = MaterialChange.between(listing.content(), content);
        boolean published = listing.status().isLive() || listing.status() == ListingStatus.OUTDATED;
        listing.apply(content, clock.instant());
        boolean backToReview = published && !material.isEmpty();
        if (backToReview) {
            listing.backToReview(checks.screen(listing), material, clock.instant());
        }
        audit.record("market.listing.updated", "market.listing", id.toString(), before, ListingAuditState.of(listing));
        if (backToReview) {
            notices.changedToReview(listing);
        }
        return backToReview;
    }

    /** The owner submits for review; the screening runs on the whole text. */
    public void submit(CurrentUser actor, UUID id) {
        Listing listing = owned(actor, id);
        Map<String, Object> before = ListingAuditState.of(listing);
        ScreeningResult result = checks.screen(listing);
        try {
            listing.submit(result, clock.instant());
        } finally {
            audit.record(
                    "market.listing.submitted", "market.listing", id.toString(), before, ListingAuditState.of(listing));
        }
        notices.toReview(listing);
    }

    public void publish(CurrentUser actor, UUID id) {
        ListingAccess.requireStaff(actor);
        Listing listing = views.find(id);
        Map<String, Object> before = ListingAuditState.of(listing);
        listing.publish(today(), clock.instant());
        audit.record(
                "market.listing.published", "market.listing", id.toString(), before, ListingAuditState.of(listing));
        notices.published(listing);
        events.publishEvent(new Published(id));
    }

    public void reject(CurrentUser actor, UUID id, String note) {
        ListingAccess.requireStaff(actor);
        Listing listing = views.find(id);
        Map<String, Object> before = ListingAuditState.of(listing);
        listing.reject(note, clock.instant());
        audit.record("market.listing.rejected", "market.listing", id.toString(), before, ListingAuditState.of(listing));
        notices.rejected(listing, note);
    }

    public void reconfirm(CurrentUser actor, UUID id) {
        Listing listing = owned(actor, id);
        Map<String, Object> before = ListingAuditState.of(listing);
        listing.reconfirm(today(), properties.validityDays(), clock.instant());
        audit.record(
                "market.listing.reconfirmed", "market.listing", id.toString(), before, ListingAuditState.of(listing));
    }

    public void archive(CurrentUser actor, UUID id) {
        Listing listing = owned(actor, id);
        Map<String, Object> before = ListingAuditState.of(listing);
        listing.archive(clock.instant());
        audit.record("market.listing.archived", "market.listing", id.toString(), before, ListingAuditState.of(listing));
    }

    /** Nothing fits a demand: its owner hands it to the brokers, who search by hand. */
    public void askBroker(CurrentUser actor, UUID id) {
        Listing listing = views.find(id);
        ListingAccess.requireOwner(actor, listing);
        if (!listing.status().isLive()) {
            throw DomainException.conflict("market.error.notLive");
        }
        audit.record("market.listing.brokerHelp", "market.listing", id.toString(), null, ListingAuditState.of(listing));
        notices.brokerHelp(listing);
    }

    // ---- reading

    /** One listing as this reader may see it; drafts only to their owners and the Department. */
    @Transactional(readOnly = true)
    public ListingView view(UUID id, @Nullable CurrentUser actor) {
        return views.view(id, actor);
    }

    /** Facts about a listing for the module's own services (deals, matching); the owner included. */
    @Transactional(readOnly = true)
    public ListingView internal(UUID id) {
        return views.internal(id);
    }

    @Transactional(readOnly = true)
    public List<ListingView> live(@Nullable ListingKind kind, int page, int size) {
        return views.live(kind, page, size);
    }

    @Transactional(readOnly = true)
    public long countLive(@Nullable ListingKind kind) {
        return views.countLive(kind);
    }

    @Transactional(readOnly = true)
    public List<ListingView> mine(CurrentUser actor) {
        return views.mine(actor);
    }

    /** Every listing of an organisation, whatever its status (matching leaves them out). */
    @Transactional(readOnly = true)
    public Set<UUID> idsOfOrganisation(UUID organisation) {
        return views.idsOfOrganisation(organisation);
    }

    @Transactional(readOnly = true)
    public List<ListingView> reviewQueue(CurrentUser actor) {
        ListingAccess.requireStaff(actor);
        return views.reviewQueue();
    }

    // ---- internals

    private Listing owned(CurrentUser actor, UUID id) {
        Listing listing = views.find(id);
        if (!actor.actsFor(listing.ownerOrgId())) {
            throw new NotFoundException("listing", id);
        }
        return listing;
    }

    private static void checkVersion(Listing listing, long version) {
        if (listing.version() != version) {
            throw DomainException.conflict("market.error.staleVersion");
        }
    }
}
