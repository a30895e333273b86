package vn.doimoi.ecosystem.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's enterprise funds by calendar year, for the Department: what was set aside and
 * spent in each year, and the balance still spendable at its end (today for the current year), each
 * enterprise's ledger summed so the balance follows the same rule as the enterprise's own page.
 */
@Service
public class ProvinceTotals {

    /** One year of the province's funds. */
    public record Year(int year, int enterprises, BigDecimal allocated, BigDecimal spent, BigDecimal balance) {}

    private final FundStore store;
    private final Clock clock;

    ProvinceTotals(FundStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The years from the first allocation to this one, the oldest first; empty when no fund is kept. */
    @Transactional(readOnly = true)
    public List<Year> byYear() {
        LocalDate today = LocalDate.now(clock);
        List<List<FundLedger.Allocation>> allocations = new ArrayList<>();
        List<List<FundLedger.Spending>> spendings = new ArrayList<>();
        int first = today.getYear();
        for (UUID organisation : store.organisations()) {
            List<FundLedger.Allocation> mine = store.allocations(organisation);
            allocations.add(mine);
            spendings.add(store.spendings(organisation));
            for (FundLedger.Allocation each : mine) {
                first = Math.min(first, each.allocatedOn().getYear());
            }
        }
        List<Year> years = new ArrayList<>();
        if (allocations.isEmpty()) {
            return years;
        }
        for (int year = first; year <= today.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate asOf = end.isAfter(today) ? today : end;
            int enterprises = 0;
            BigDecimal allocated = BigDecimal.ZERO;
            BigDecimal spent = BigDecimal.ZERO;
            BigDecimal balance = BigDecimal.ZERO;
            for (int i = 0; i < allocations.size(); i++) {
                int y = year;
                List<FundLedger.Allocation> mine = allocations.get(i);
                if (mine.stream().anyMatch(each -> !each.allocatedOn().isAfter(asOf))) {
                    enterprises++;
                }
                allocated = allocated.add(mine.stream()
                        .filter(each -> each.allocatedOn().getYear() == y)
                        .map(FundLedger.Allocation::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                spent = spent.add(spendings.get(i).stream()
                        .filter(each -> each.spentOn().getYear() == y)
                        .map(FundLedger.Spending::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                balance =
                        balance.add(FundLedger.of(mine, spendings.get(i), asOf).balance());
            }
            years.add(new Year(year, enterprises, allocated, spent, balance));
        }
        return years;
    }
}
