package vn.doimoi.demo;

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
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.identity.Accounts;
import vn.doimoi.market.DealImport;
import vn.doimoi.market.ImportedDeal;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.TransferDirection;

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

    private final DealImport deals;
    private final Directory directory;
    private final Accounts accounts;
    private final Clock clock;

    DemoDeals(DealImport deals, Directory directory, Accounts accounts, Clock clock) {
        this.deals = deals;
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
    public void run(ApplicationArguments args) {
        if (!deals.hasDeals()) {
            seed();
        }
    }

    /** The demo deals on the latest live offers; returns how many were made. */
    int seed() {
        int made = 0;
        List<ListingView> offers = deals.latestOffers(PLANS.size() * 2);
        List<UUID> enterprises = directory.organisations().stream()
                .filter(each -> each.type() == OrganisationType.ENTERPRISE)
                .map(OrganisationSummary::id)
                .toList();
        UUID broker = directory
                .organisationByTaxCode(DemoCast.BROKER_TAX_CODE)
                .flatMap(org -> accounts.membersOf(org.id()).stream().findFirst())
                .map(user -> user.id().value())
                .orElse(null);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        for (int i = 0; i < PLANS.size() && i < offers.size(); i++) {
            Plan plan = PLANS.get(i);
            UUID owner = offers.get(i).owner();
            UUID interested = enterprises.stream()
                    .filter(each -> !each.equals(owner))
                    .skip(i % Math.max(1, enterprises.size() - 1))
                    .findFirst()
                    .orElse(null);
            if (owner == null || interested == null) {
                continue;
            }
            deals.deal(deal(plan, offers.get(i), interested, broker, today, now));
            made++;
        }
        return made;
    }

    private static ImportedDeal deal(
            Plan plan, ListingView offer, UUID interested, @Nullable UUID broker, LocalDate today, Instant now) {
        LocalDate started = today.minusDays(plan.daysAgo());
        Instant at = started.atTime(9, 30).atZone(VIETNAM).toInstant();
        LocalDate signedOn = started.plusDays(30);
        LocalDate certified = signedOn.plusDays(40);
        return new ImportedDeal(
                offer.id(),
                interested,
                "Doanh nghiệp chúng tôi quan tâm đến \"" + offer.title()
                        + "\" để áp dụng tại nhà máy; mong được trao đổi về điều kiện chuyển giao và đào tạo vận hành.",
                plan.stage() == 0 ? now.minusSeconds(2 * 86_400L) : at,
                plan.stage() >= 1 ? at.plusSeconds(2 * 86_400L) : null,
                plan.stage() >= 1 ? broker : null,
                at.plusSeconds(3 * 86_400L),
                plan.stage() >= 2 ? at.plusSeconds(5 * 86_400L) : null,
                plan.stage() < 3
                        ? null
                        : new ImportedDeal.Contract(
                                signedOn,
                                BigDecimal.valueOf(plan.value()),
                                TransferDirection.DOMESTIC,
                                plan.stateCapital(),
                                signedOn.atTime(15, 0).atZone(VIETNAM).toInstant(),
                                plan.certificate(),
                                certified,
                                certified.atTime(10, 0).atZone(VIETNAM).toInstant()));
    }
}
