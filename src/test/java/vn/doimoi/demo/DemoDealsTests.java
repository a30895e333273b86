package vn.doimoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.Accounts;
import vn.doimoi.market.DealImport;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.MarketFigures;
import vn.doimoi.market.MarketFixture;
import vn.doimoi.market.listing.Listings;

@DoimoiSpringTest
class DemoDealsTests {

    @Autowired
    DealImport deals;

    @Autowired
    Listings listings;

    @Autowired
    Directory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    MarketFigures figures;

    @Autowired
    MarketFixture fixture;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDemoShowsSignedContractsOfThisYearAndTheTwoBeforeDatedFromToday() {
        // given five fresh live offers
        for (int i = 0; i < DemoDeals.PLANS.size(); i++) {
            fixture.published(
                    fixture.member(),
                    ListingKind.OFFER,
                    "Công nghệ demo " + i + " " + UUID.randomUUID().toString().substring(0, 6),
                    "Mô tả công nghệ",
                    "40101",
                    7,
                    i % 2 == 0);
        }
        Map<Integer, BigDecimal> before = byYear();
        int year = listings.today().getYear();

        // when the demo deals are made
        int made = transactions.execute(status -> new DemoDeals(deals, directory, accounts, clock).seed());

        // then each plan became a deal, and the signed ones count in their years, relative to today
        assertThat(made).isEqualTo(DemoDeals.PLANS.size());
        Map<Integer, BigDecimal> after = byYear();
        BigDecimal added = after.values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(before.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(added).isEqualByComparingTo("4450000000");
        assertThat(after.keySet()).allMatch(each -> each <= year);
        assertThat(after.keySet()).contains(year - 2);
    }

    private Map<Integer, BigDecimal> byYear() {
        return figures.contractsByYear().stream()
                .collect(Collectors.toMap(MarketFigures.YearFigures::year, MarketFigures.YearFigures::value));
    }
}
