package vn.doimoi.market.listing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.ListingView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Offers, demands and services: writing, screening, moderation, freshness, and who may see the
 * owner of an anonymous listing (its members, the Department, and the other side of a deal the
 * owner accepted, or the broker assigned to it).
 */
@Service
@Transactional
public class Listings {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Set<ListingStatus> LIVE = Set.of(ListingStatus.PUBLISHED, ListingStatus.EXPIRING);

    private final ListingRepository repository;
    private final Directory directory;
    private final ScreeningLists screening;
    private final AuditLog audit;
    private final Notifications notifications;
    private final MarketMessages messages;
    private final MarketProperties properties;
    private final ListingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Listings(
            ListingRepository repository,
            Directory directory,
            ScreeningLists screening,
            AuditLog audit,
            Notifications notifications,
            MarketMessages messages,
            MarketProperties properties,
            ListingAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.screening = screening;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A listing was published (for saved-search alerts). */
    public record Published(UUID listingId) {}

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** A member writes a draft for its organisation. */
    public UUID create(CurrentUser actor, ListingKind kind, ListingContent content) {
        UUID organisation = access.requireMember(actor);
        validate(kind, content);
        Listing listing = new Listing(kind, organisation, content, clock.instant());
        repository.save(listing);
        audit.record("market.listing.created", "market.listing", listing.id().toString(), null, listing.auditState());
        return listing.id();
    }

    public void update(CurrentUser actor, UUID id, long version, ListingContent content) {
        Listing listing = owned(actor, id);
        checkVersion(listing, version);
        validate(listing.kind(), content);
        Map<String, Object> before = listing.auditState();
        listing.apply(content, clock.instant());
        audit.record("market.listing.updated", "market.listing", id.toString(), before, listing.auditState());
    }

    /** The owner submits for review; the screening runs on the whole text. */
    public void submit(CurrentUser actor, UUID id) {
        Listing listing = owned(actor, id);
        Map<String, Object> before = listing.auditState();
        ScreeningResult result =
                screening.screen(listing.title() + "\n" + listing.summary() + "\n" + listing.getBody());
        try {
            listing.submit(result, clock.instant());
        } finally {
            audit.record("market.listing.submitted", "market.listing", id.toString(), before, listing.auditState());
        }
        notifications.sendToRole(
                Role.STAFF,
                messages.vi("market.notify.review.subject"),
                messages.vi("market.notify.review.body", listing.title()),
                "/staff/market");
    }

    public void publish(CurrentUser actor, UUID id) {
        access.requireStaff(actor);
        Listing listing = find(id);
        Map<String, Object> before = listing.auditState();
        listing.publish(today(), clock.instant());
        audit.record("market.listing.published", "market.listing", id.toString(), before, listing.auditState());
        notifications.sendToOrganisation(
                listing.ownerOrgId(),
                messages.vi("market.notify.published.subject"),
                messages.vi("market.notify.published.body", listing.title()),
                "/market/listings/" + id);
        events.publishEvent(new Published(id));
    }

    public void reject(CurrentUser actor, UUID id, String note) {
        access.requireStaff(actor);
        Listing listing = find(id);
        Map<String, Object> before = listing.auditState();
        listing.reject(note, clock.instant());
        audit.record("market.listing.rejected", "market.listing", id.toString(), before, listing.auditState());
        notifications.sendToOrganisation(
                listing.ownerOrgId(),
                messages.vi("market.notify.rejected.subject"),
                messages.vi("market.notify.rejected.body", listing.title(), note),
                "/market/my/listings/" + id + "/edit");
    }

    public void reconfirm(CurrentUser actor, UUID id) {
        Listing listing = owned(actor, id);
        Map<String, Object> before = listing.auditState();
        listing.reconfirm(today(), properties.validityDays(), clock.instant());
        audit.record("market.listing.reconfirmed", "market.listing", id.toString(), before, listing.auditState());
    }

    public void archive(CurrentUser actor, UUID id) {
        Listing listing = owned(actor, id);
        Map<String, Object> before = listing.auditState();
        listing.archive(clock.instant());
        audit.record("market.listing.archived", "market.listing", id.toString(), before, listing.auditState());
    }

    /**
     * The daily freshness run on the Vietnam calendar: reminders 14 and 7 days before
     * valid-until, outdated after it, archived later. Returns how many listings changed.
     */
    public int freshness() {
        LocalDate today = today();
        Instant now = clock.instant();
        int changed = 0;
        for (Listing listing : repository.findByStatusIn(
                Set.of(ListingStatus.PUBLISHED, ListingStatus.EXPIRING, ListingStatus.OUTDATED))) {
            Map<String, Object> before = listing.auditState();
            ListingStatus was = listing.status();
            int reminder = listing.tick(today, properties.archiveAfterDays(), now);
            if (reminder > 0) {
                notifications.sendToOrganisation(
                        listing.ownerOrgId(),
                        messages.vi("market.notify.expiring.subject", reminder),
                        messages.vi(
                                "market.notify.expiring.body",
                                listing.title(),
                                vn.doimoi.shared.text.VietnameseFormats.date(listing.validUntil())),
                        "/market/my");
            }
            if (reminder > 0 || was != listing.status()) {
                changed++;
                audit.record(
                        "market.listing.freshness",
                        "market.listing",
                        listing.id().toString(),
                        before,
                        listing.auditState());
            }
        }
        return changed;
    }

    /** Nothing fits a demand: its owner hands it to the brokers, who search by hand. */
    public void askBroker(CurrentUser actor, UUID id) {
        Listing listing = find(id);
        access.requireOwner(actor, listing);
        if (!listing.status().isLive()) {
            throw DomainException.conflict("market.error.notLive");
        }
        audit.record("market.listing.brokerHelp", "market.listing", id.toString(), null, listing.auditState());
        notifications.sendToRole(
                Role.BROKER,
                messages.vi("market.notify.brokerHelp.subject"),
                messages.vi("market.notify.brokerHelp.body", listing.title()),
                "/market/listings/" + id);
    }

    // ---- reading

    /** One listing as this reader may see it; drafts only to their owners and the Department. */
    @Transactional(readOnly = true)
    public ListingView view(UUID id, @Nullable CurrentUser actor) {
        Listing listing = find(id);
        boolean mine = actor != null && actor.actsFor(listing.ownerOrgId());
        if (!access.maySee(actor, listing)) {
            throw new NotFoundException("listing", id);
        }
        return toView(listing, access.ownerDisclosedTo(listing, actor), mine);
    }

    /** Facts about a listing for the module's own services (deals, matching); the owner included. */
    @Transactional(readOnly = true)
    public ListingView internal(UUID id) {
        return toView(find(id), true, false);
    }

    @Transactional(readOnly = true)
    public List<ListingView> live(@Nullable ListingKind kind, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page), size);
        List<Listing> found = kind == null
                ? repository.findByStatusInOrderByPublishedAtDesc(LIVE, request)
                : repository.findByKindAndStatusInOrderByPublishedAtDesc(kind, LIVE, request);
        return found.stream()
                .map(each -> toView(each, !each.anonymous(), false))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countLive(@Nullable ListingKind kind) {
        return kind == null ? repository.countByStatusIn(LIVE) : repository.countByKindAndStatusIn(kind, LIVE);
    }

    @Transactional(readOnly = true)
    public List<ListingView> mine(CurrentUser actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return repository.findByOwnerOrgIdOrderByUpdatedAtDesc(actor.organisationId()).stream()
                .map(each -> toView(each, true, true))
                .toList();
    }

    /** Every listing of an organisation, whatever its status (matching leaves them out). */
    @Transactional(readOnly = true)
    public Set<UUID> idsOfOrganisation(UUID organisation) {
        return Set.copyOf(repository.findIdsByOwnerOrgId(organisation));
    }

    @Transactional(readOnly = true)
    public List<ListingView> reviewQueue(CurrentUser actor) {
        access.requireStaff(actor);
        return repository.findByStatusOrderByUpdatedAtAsc(ListingStatus.REVIEW).stream()
                .map(each -> toView(each, true, false))
                .toList();
    }

    // ---- internals

    private ListingView toView(Listing listing, boolean disclose, boolean mine) {
        UUID owner = disclose ? listing.ownerOrgId() : null;
        String ownerName = owner == null
                ? null
                : directory.organisation(owner).map(OrganisationSummary::name).orElse(null);
        return new ListingView(
                listing.id(),
                listing.kind(),
                listing.status(),
                listing.title(),
                listing.summary(),
                listing.problem(),
                listing.advantages(),
                listing.currentSolution(),
                listing.requirements(),
                listing.timeFrame(),
                listing.trl(),
                listing.ipStatus(),
                listing.serviceKind(),
                listing.priceMin(),
                listing.priceMax(),
                listing.region(),
                listing.validUntil(),
                listing.confirmedAt(),
                listing.publishedAt(),
                new ArrayList<>(listing.fieldCodes()).stream().sorted().toList(),
                listing.modes(),
                listing.anonymous(),
                listing.stateFunded(),
                listing.screening(),
                listing.screeningNote(),
                listing.reviewNote(),
                owner,
                ownerName,
                mine,
                listing.version());
    }

    private void validate(ListingKind kind, ListingContent content) {
        if (content.title() == null || content.title().isBlank()) {
            throw DomainException.refused("market.error.titleRequired");
        }
        if (content.summary() == null || content.summary().isBlank()) {
            throw DomainException.refused("market.error.summaryRequired");
        }
        if (content.trl() != null && (content.trl() < 1 || content.trl() > 9)) {
            throw DomainException.refused("market.error.trl");
        }
        BigDecimal min = content.priceMin();
        BigDecimal max = content.priceMax();
        if ((min != null && min.signum() < 0)
                || (max != null && max.signum() < 0)
                || (min != null && max != null && min.compareTo(max) > 0)) {
            throw DomainException.refused("market.error.priceRange");
        }
        if (!content.validUntil().isAfter(today())) {
            throw DomainException.refused("market.error.validUntilPast");
        }
        if (kind == ListingKind.SERVICE && content.serviceKind() == null) {
            throw DomainException.refused("market.error.serviceKindRequired");
        }
        Set<String> known = directory.fieldCodes().stream()
                .map(vn.doimoi.directory.FieldCode::code)
                .collect(Collectors.toSet());
        for (String code : content.fieldCodes()) {
            boolean valid = code.matches("\\d{1,7}")
                    && Stream.of(code.length() >= 3 ? code.substring(0, 3) : code)
                            .anyMatch(known::contains);
            if (!valid) {
                throw DomainException.refused("market.error.fieldCode", code);
            }
        }
    }

    private Listing find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("listing", id));
    }

    private Listing owned(CurrentUser actor, UUID id) {
        Listing listing = find(id);
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
