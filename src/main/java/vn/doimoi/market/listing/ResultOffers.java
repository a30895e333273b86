package vn.doimoi.market.listing;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Notifications;
import vn.doimoi.market.ListingKind;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Registered results of state-funded tasks ({@code projects.ResultRegistered}) become draft offers
 * of their host organisation, once per result, for the host to complete and publish.
 */
@Service
@Transactional
class ResultOffers {

    private final ListingRepository repository;
    private final Listings listings;
    private final AuditLog audit;
    private final Notifications notifications;
    private final MarketMessages messages;
    private final MarketProperties properties;
    private final Clock clock;

    ResultOffers(
            ListingRepository repository,
            Listings listings,
            AuditLog audit,
            Notifications notifications,
            MarketMessages messages,
            MarketProperties properties,
            Clock clock) {
        this.repository = repository;
        this.listings = listings;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** A registered result of a state-funded task becomes a draft offer of its host organisation (once). */
    @Nullable
    UUID draftFromResult(UUID resultId, String title, String summary, UUID hostOrganisation, List<String> fieldCodes) {
        if (repository.findBySourceResultId(resultId).isPresent()) {
            return null;
        }
        ListingContent content = new ListingContent(
                title,
                summary == null || summary.isBlank() ? title : summary,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                listings.today().plusDays(properties.validityDays()),
                false,
                Set.copyOf(fieldCodes),
                Set.of());
        Listing listing = new Listing(ListingKind.OFFER, hostOrganisation, content, clock.instant());
        listing.markStateFunded(resultId);
        repository.save(listing);
        audit.record(
                "market.listing.draftFromResult",
                "market.listing",
                listing.id().toString(),
                null,
                ListingAuditState.of(listing));
        notifications.sendToOrganisation(
                hostOrganisation,
                messages.vi("market.notify.draftFromResult.subject"),
                messages.vi("market.notify.draftFromResult.body", title),
                "/market/my/listings/" + listing.id() + "/edit");
        return listing.id();
    }
}
