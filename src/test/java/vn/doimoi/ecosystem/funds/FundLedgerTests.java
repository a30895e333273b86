package vn.doimoi.ecosystem.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doimoi.rules.BundledRules;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.Money;

/** The fund's rule as the shipped versions state it: cap, oldest-first spending, deadline, repayment. */
class FundLedgerTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    final RuleVersion<FundRule> old = BundledRules.INSTANCE.inForce(FundRule.KIND, LocalDate.of(2021, 12, 31));
    final RuleVersion<FundRule> taxLaw2025 = BundledRules.INSTANCE.inForce(FundRule.KIND, LocalDate.of(2025, 12, 31));

    @Test
    void theOldLawCapsAtTenPercentAndThe2025TaxLawAtTwentyMarkedUnverified() {
        assertThat(old.code()).isEqualTo("CIT2008-TT67-2022");
        assertThat(old.values().cap(Money.of(8_000_000_000L))).isEqualTo(Money.of(800_000_000L));
        assertThat(old.isUnverified("capPercent")).isFalse();
        assertThat(old.isUnverified("taxRatePercent")).isTrue();

        assertThat(taxLaw2025.code()).isEqualTo("CIT2025");
        assertThat(taxLaw2025.values().cap(Money.of(8_000_000_000L))).isEqualTo(Money.of(1_600_000_000L));
        assertThat(taxLaw2025.isUnverified("capPercent")).isTrue();
    }

    @Test
    void spendingTakesFromTheOldestAllocationAndTheNearDeadlineWarnsWithTheRepayment() {
        // given three yearly allocations, the first set aside 5 years less 3 months ago
        LocalDate first = TODAY.minusYears(5).plusMonths(3);
        List<FundLedger.Allocation> allocations = List.of(
                allocation(2021, first, 600_000_000L),
                allocation(2022, first.plusYears(1), 800_000_000L),
                allocation(2023, first.plusYears(2), 900_000_000L));
        // and 370 million spent since, more than the first allocation's own spending would need to know
        List<FundLedger.Spending> spendings = List.of(
                spending(first.plusMonths(8), 150_000_000L),
                spending(first.plusYears(2), 100_000_000L),
                spending(first.plusYears(3), 120_000_000L));

        // when the ledger is read today
        FundLedger ledger = FundLedger.of(allocations, spendings, TODAY);

        // then the oldest allocation took all the spending and is 50 million short of 70%
        FundLedger.YearLine oldest = ledger.lines().get(0);
        assertThat(oldest.spent()).isEqualByComparingTo("370000000");
        assertThat(oldest.deadline()).isEqualTo(TODAY.plusMonths(3));
        assertThat(oldest.status()).isEqualTo(FundLedger.Status.WARNING);
        assertThat(oldest.shortfall()).isEqualByComparingTo("50000000");
        // 20% tax on the unused 230 million (46 million) and 2 years at 2.5% on it (2.3 million)
        assertThat(oldest.repayment()).isEqualByComparingTo("48300000");
        assertThat(ledger.lines().get(1).spent()).isEqualByComparingTo("0");
        assertThat(ledger.lines().get(1).status()).isEqualTo(FundLedger.Status.OPEN);
        assertThat(ledger.balance()).isEqualByComparingTo("1930000000");
        assertThat(ledger.warnings()).extracting(FundLedger.YearLine::taxYear).containsExactly(2021);
        assertThat(ledger.unfunded()).isEqualByComparingTo("0");
    }

    @Test
    void anAllocationPastItsDeadlineIsClosedAndItsRepaymentDue() {
        LocalDate first = TODAY.minusYears(6);
        FundLedger ledger = FundLedger.of(
                List.of(allocation(2019, first, 100_000_000L), allocation(2024, TODAY.minusYears(1), 100_000_000L)),
                List.of(spending(first.plusYears(1), 50_000_000L), spending(TODAY, 30_000_000L)),
                TODAY);

        FundLedger.YearLine missed = ledger.lines().get(0);
        assertThat(missed.status()).isEqualTo(FundLedger.Status.MISSED);
        assertThat(missed.balance()).isEqualByComparingTo("0");
        // the spending of today is not taken from the closed allocation but from the next one
        assertThat(missed.spent()).isEqualByComparingTo("50000000");
        assertThat(missed.repayment()).isEqualByComparingTo("10500000");
        assertThat(ledger.lines().get(1).spent()).isEqualByComparingTo("30000000");
        assertThat(ledger.missed()).hasSize(1);
    }

    @Test
    void spendingBeforeAnyMoneyWasSetAsideOrBeyondItIsUnfunded() {
        FundLedger ledger = FundLedger.of(
                List.of(allocation(2025, TODAY.minusMonths(6), 100_000_000L)),
                List.of(spending(TODAY.minusMonths(7), 10_000_000L), spending(TODAY, 100_000_001L)),
                TODAY);

        assertThat(ledger.unfunded()).isEqualByComparingTo("10000001");
        assertThat(ledger.balance()).isEqualByComparingTo("0");
    }

    private FundLedger.Allocation allocation(int year, LocalDate on, long amount) {
        RuleVersion<FundRule> rule = year >= 2025 ? taxLaw2025 : old;
        return new FundLedger.Allocation(year, on, BigDecimal.valueOf(amount), rule.code(), rule.values());
    }

    private static FundLedger.Spending spending(LocalDate on, long amount) {
        return new FundLedger.Spending(on, BigDecimal.valueOf(amount));
    }
}
