package vn.doimoi.market.deal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.DealImport;
import vn.doimoi.market.ImportedDeal;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.listing.Listings;

/**
 * Replays an imported deal's steps on the {@link Deal} itself, so each step is checked as if it
 * happened now, dated when it really happened.
 */
@Service
@Transactional
class DealImporter implements DealImport {

    private final DealRepository deals;
    private final Listings listings;

    private final DealViews views;

    DealImporter(DealRepository deals, Listings listings, DealViews views) {
        this.views = views;
        this.deals = deals;
        this.listings = listings;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasDeals() {
        return deals.count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListingView> latestOffers(int count) {
        return listings.live(ListingKind.OFFER, 0, count).stream()
                .map(offer -> listings.internal(offer.id()))
                .toList();
    }

    @Override
    public UUID deal(ImportedDeal d) {
        UUID owner = listings.internal(d.offerId()).owner();
        Deal deal = new Deal(
                d.offerId(), null, owner, d.interestedOrgId(), null, d.message(), DealTimers.DEFAULT, d.interestAt());
        if (d.acceptedAt() != null) {
            deal.accept(DealTimers.DEFAULT, d.acceptedAt());
        }
        if (d.brokerUserId() != null && d.brokerAssignedAt() != null) {
            deal.assignBroker(d.brokerUserId(), d.brokerAssignedAt());
        }
        if (d.introducedAt() != null) {
            deal.introduced(DealTimers.DEFAULT, d.introducedAt());
        }
        ImportedDeal.Contract contract = d.contract();
        if (contract != null) {
            LocalDate today = listings.today();
            deal.sign(
                    contract.signedOn(),
                    contract.value(),
                    contract.direction(),
                    contract.stateCapital(),
                    false,
                    views.rulesOn(contract.signedOn()),
                    today,
                    contract.recordedAt());
            if (contract.certificate() != null
                    && contract.certifiedOn() != null
                    && contract.certificateRecordedAt() != null) {
                deal.registered(
                        contract.certificate(), contract.certifiedOn(), today, contract.certificateRecordedAt());
            }
        }
        deals.save(deal);
        return deal.id();
    }
}
