package vn.doimoi.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.market.ImportedListing;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingImport;
import vn.doimoi.market.ListingKind;

/**
 * Demo offers, demands and services (profile {@code demo}) owned by the demo organisations, all
 * published, so the matching page shows something real to a new user. The demo enterprise's first
 * listing expires in ten days, so {@code doanhnghiep} finds it to reconfirm on "Việc của tôi".
 */
@Component
@Profile("demo")
@Order(40)
class DemoMarket implements ApplicationRunner {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Within the 14 days before valid-until in which a listing is expiring and its owner reminded. */
    private static final int EXPIRING_IN_DAYS = 10;

    private final ListingImport listings;
    private final Directory directory;
    private final Clock clock;

    DemoMarket(ListingImport listings, Directory directory, Clock clock) {
        this.listings = listings;
        this.directory = directory;
        this.clock = clock;
    }

    /** Offers first, then demands and services: each takes the next owner of its kind in turn. */
    private static final List<DemoListing> DEMOS = Stream.concat(
                    DemoOffers.ALL.stream(), DemoDemandsAndServices.ALL.stream())
            .toList();

    public void run(ApplicationArguments args) {
        if (listings.hasListings()) {
            return;
        }
        Map<OrganisationType, List<UUID>> owners = directory.organisations().stream()
                .collect(Collectors.groupingBy(
                        OrganisationSummary::type, Collectors.mapping(OrganisationSummary::id, Collectors.toList())));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        Optional<UUID> enterprise =
                directory.organisationByTaxCode(DemoCast.ENTERPRISE_TAX_CODE).map(OrganisationSummary::id);
        boolean expiringGiven = false;
        int i = 0;
        for (DemoListing demo : DEMOS) {
            Optional<UUID> owner = ownerFor(owners, demo.owner(), i);
            if (owner.isEmpty()) {
                continue;
            }
            boolean expiring = !expiringGiven && owner.equals(enterprise);
            expiringGiven |= expiring;
            listings.published(new ImportedListing(
                    demo.kind(),
                    owner.get(),
                    demo.title(),
                    demo.summary(),
                    demo.problem(),
                    demo.kind() == ListingKind.OFFER ? demo.details() : null,
                    demo.kind() == ListingKind.DEMAND ? demo.details() : null,
                    demo.kind() == ListingKind.DEMAND ? "6–12 tháng" : null,
                    demo.trl(),
                    demo.kind() == ListingKind.OFFER ? (i % 3 == 0 ? IpStatus.PATENT : IpStatus.KNOW_HOW) : null,
                    demo.service(),
                    BigDecimal.valueOf(demo.priceMin()),
                    BigDecimal.valueOf(demo.priceMax()),
                    "Tây Ninh",
                    expiring ? today.plusDays(EXPIRING_IN_DAYS) : today.plusDays(30 + (i * 17) % 200),
                    demo.anonymous(),
                    Set.of(demo.fieldCode()),
                    demo.modes(),
                    now.minusSeconds(86_400L * ((i * 7) % 60))));
            i++;
        }
    }

    private static Optional<UUID> ownerFor(Map<OrganisationType, List<UUID>> owners, OrganisationType type, int i) {
        List<UUID> candidates = owners.getOrDefault(type, List.of());
        if (candidates.isEmpty()) {
            candidates = owners.getOrDefault(
                    type == OrganisationType.UNIVERSITY ? OrganisationType.INSTITUTE : OrganisationType.UNIVERSITY,
                    List.of());
        }
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(i % candidates.size()));
    }
}
