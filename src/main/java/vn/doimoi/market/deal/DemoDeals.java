package vn.doimoi.market.deal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.identity.Accounts;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.TransferDirection;
import vn.doimoi.market.listing.Listings;

/**
 * Demo deals (profile {@code demo}) on the demo offers, dated from today through the injected
 * clock: one waiting for the owner's answer, one in negotiation with the demo broker, and signed
 * contracts of this year and the two before (two of them registered), so the statistics page,
 * its chart and export, and the programme's marketplace indicators show real figures.
 */
@Component
@Profile("demo")
@Order(41)
class DemoDeals implements ApplicationRunner {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String BROKER_ORGANISATION_TAX_CODE = "1101122334";

    private final DealRepository deals;
    private final Listings listings;
    private final Directory directory;
    private final Accounts accounts;
    private final Clock clock;

    DemoDeals(DealRepository deals, Listings listings, Directory directory, Accounts accounts, Clock clock) {
        this.deals = deals;
        this.listings = listings;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One demo deal: how far it got, how long ago it started, and its contract if signed. */
    record Plan(
            int stage,
            int daysAgo,
            long value,
            boolean stateCapital,
            @Nullable String certificate) {}

    static final List<Plan> PLANS = List.of(
            new Plan(0, 2, 0, false, null),
            new Plan(2, 20, 0, false, null),
            new Plan(3, 45, 2_400_000_000L, true, null),
            new Plan(4, 400, 850_000_000L, false, "27/ĐKCGCN-SKHCN"),
            new Plan(4, 760, 1_200_000_000L, true, "09/ĐKCGCN-SKHCN"));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (deals.count() == 0) {
            seed();
        }
    }

    /** The demo deals on the latest live offers; returns how many were made. */
    int seed() {
        int made = 0;
        List<ListingView> offers = listings.live(ListingKind.OFFER, 0, PLANS.size() * 2);
        List<UUID> enterprises = directory.organisations().stream()
                .filter(each -> each.type() == OrganisationType.ENTERPRISE)
                .map(OrganisationSummary::id)
                .toList();
        UUID broker = directory
                .organisationByTaxCode(BROKER_ORGANISATION_TAX_CODE)
                .flatMap(org -> accounts.membersOf(org.id()).stream().findFirst())
                .map(user -> user.id().value())
                .orElse(null);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        for (int i = 0; i < PLANS.size() && i < offers.size(); i++) {
            Plan plan = PLANS.get(i);
            UUID owner = listings.internal(offers.get(i).id()).owner();
            UUID interested = enterprises.stream()
                    .filter(each -> !each.equals(owner))
                    .skip(i % Math.max(1, enterprises.size() - 1))
                    .findFirst()
                    .orElse(null);
            if (owner == null || interested == null) {
                continue;
            }
            deals.save(deal(plan, offers.get(i), owner, interested, broker, today, now));
            made++;
        }
        return made;
    }

    private static Deal deal(
            Plan plan,
            ListingView offer,
            UUID owner,
            UUID interested,
            @Nullable UUID broker,
            LocalDate today,
            Instant now) {
        LocalDate started = today.minusDays(plan.daysAgo());
        Instant at = started.atTime(9, 30).atZone(VIETNAM).toInstant();
        Deal deal = new Deal(
                offer.id(),
                null,
                owner,
                interested,
                null,
                "Doanh nghiệp chúng tôi quan tâm đến \"" + offer.title()
                        + "\" để áp dụng tại nhà máy; mong được trao đổi về điều kiện chuyển giao và đào tạo vận hành.",
                DealTimers.DEFAULT,
                plan.stage() == 0 ? now.minusSeconds(2 * 86_400L) : at);
        if (plan.stage() >= 1) {
            deal.accept(DealTimers.DEFAULT, at.plusSeconds(2 * 86_400L));
            if (broker != null) {
                deal.assignBroker(broker, at.plusSeconds(3 * 86_400L));
            }
        }
        if (plan.stage() >= 2) {
            deal.introduced(DealTimers.DEFAULT, at.plusSeconds(5 * 86_400L));
        }
        if (plan.stage() >= 3) {
            LocalDate signedOn = started.plusDays(30);
            deal.sign(
                    signedOn,
                    BigDecimal.valueOf(plan.value()),
                    TransferDirection.DOMESTIC,
                    plan.stateCapital(),
                    false,
                    RegistrationRules.LAW_2017_ART_31,
                    today,
                    signedOn.atTime(15, 0).atZone(VIETNAM).toInstant());
            if (plan.certificate() != null) {
                LocalDate certified = signedOn.plusDays(40);
                deal.registered(
                        plan.certificate(),
                        certified,
                        today,
                        certified.atTime(10, 0).atZone(VIETNAM).toInstant());
            }
        }
        return deal;
    }
}
