package vn.doimoi.market.deal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.UserId;
import vn.doimoi.market.DealSigned;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.listing.MarketMessages;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * When a transfer contract is signed, both organisations and the broker who introduced them are
 * told: the contract and its value, and whether and by when it must be registered (Technology
 * Transfer Law 2017 art. 31: within 90 days of signing) or that registration is voluntary.
 * After the signing commits (an {@code @ApplicationModuleListener}, kept in the event
 * publication log until it succeeds), so a failing e-mail never undoes a signature.
 */
@Component
class DealSignedNotices {

    private final DealRepository deals;
    private final Listings listings;
    private final Notifications notifications;
    private final MarketMessages messages;

    DealSignedNotices(DealRepository deals, Listings listings, Notifications notifications, MarketMessages messages) {
        this.deals = deals;
        this.listings = listings;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(DealSigned signed) {
        Deal deal = deals.findById(signed.dealId()).orElseThrow();
        String title = listings.internal(signed.listingId()).title();
        String registration = signed.registrationRequired()
                ? messages.vi("market.notify.signed.mandatory", VietnameseFormats.date(deal.registrationDeadline()))
                : messages.vi("market.notify.signed.voluntary");
        String subject = messages.vi("market.notify.signed.subject");
        String body = messages.vi(
                "market.notify.signed.body",
                title,
                VietnameseFormats.date(signed.signedOn()),
                VietnameseFormats.money(signed.contractValue()),
                registration);
        String link = "/market/deals/" + deal.id();
        Set<UUID> organisations = new LinkedHashSet<>();
        organisations.add(deal.ownerOrgId());
        organisations.add(deal.interestedOrgId());
        organisations.forEach(organisation -> notifications.sendToOrganisation(organisation, subject, body, link));
        if (deal.brokerUserId() != null) {
            notifications.send(new UserId(deal.brokerUserId()), subject, body, link);
        }
    }
}
