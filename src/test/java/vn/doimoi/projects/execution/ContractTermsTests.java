package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.execution.ContractTerms.Change;
import vn.doimoi.projects.execution.ContractTerms.TrancheTerm;
import vn.doimoi.shared.DomainException;

class ContractTermsTests {

    static final UUID PRODUCT = UUID.fromString("00000000-0000-4000-8000-00000000a001");

    static ContractTerms terms(BigDecimal budget, LocalDate end, TrancheTerm... tranches) {
        return new ContractTerms(
                "15/2026/HĐ-KHCN",
                LocalDate.of(2026, 1, 1),
                end,
                FundingMode.LUMP_SUM_TO_FINAL_PRODUCT,
                budget,
                BigDecimal.ZERO,
                6,
                "Nộp báo cáo định kỳ 6 tháng",
                List.of(tranches));
    }

    static TrancheTerm advance(long amount) {
        return new TrancheTerm(1, BigDecimal.valueOf(amount), null, LocalDate.of(2026, 1, 15));
    }

    static TrancheTerm forProduct(long amount) {
        return new TrancheTerm(2, BigDecimal.valueOf(amount), PRODUCT, LocalDate.of(2027, 12, 1));
    }

    @Test
    void tranchesMayNotAddUpToMoreThanTheStateBudget() {
        ContractTerms terms = terms(
                new BigDecimal("1000000000"),
                LocalDate.of(2027, 12, 31),
                advance(300_000_000),
                forProduct(700_000_001));

        assertThatThrownBy(() -> terms.validate(Set.of(PRODUCT)))
                .isInstanceOf(DomainException.class)
                .hasMessage("contract.error.tranchesBeyondBudget");
    }

    @Test
    void aTrancheMayOnlyPayForAnOrderedProduct() {
        ContractTerms terms = terms(
                new BigDecimal("1000000000"),
                LocalDate.of(2027, 12, 31),
                advance(300_000_000),
                forProduct(700_000_000));

        assertThatThrownBy(() -> terms.validate(Set.of(UUID.randomUUID())))
                .isInstanceOf(DomainException.class)
                .hasMessage("contract.error.trancheProduct");
    }

    @Test
    void moneyIsWholeDong() {
        ContractTerms terms = terms(new BigDecimal("1000000000.50"), LocalDate.of(2027, 12, 31), advance(300_000_000));

        assertThatThrownBy(() -> terms.validate(Set.of()))
                .isInstanceOf(DomainException.class)
                .hasMessage("contract.error.budget");
    }

    @Test
    void theEndComesAfterTheStart() {
        ContractTerms terms = terms(new BigDecimal("1000000000"), LocalDate.of(2025, 12, 31), advance(300_000_000));

        assertThatThrownBy(() -> terms.validate(Set.of()))
                .isInstanceOf(DomainException.class)
                .hasMessage("contract.error.dates");
    }

    @Test
    void reportsFallDueEverySixMonthsBeforeTheEnd() {
        ContractTerms terms = terms(new BigDecimal("1000000000"), LocalDate.of(2027, 12, 31), advance(300_000_000));

        assertThat(terms.reportDueDates())
                .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1));
    }

    @Test
    void anAmendmentShowsExactlyWhatChanged() {
        ContractTerms signed = terms(
                new BigDecimal("1000000000"),
                LocalDate.of(2027, 12, 31),
                advance(300_000_000),
                forProduct(700_000_000));
        ContractTerms amended = terms(
                new BigDecimal("1000000000"), LocalDate.of(2028, 6, 30), advance(300_000_000), forProduct(700_000_000));

        List<Change> changes = ContractTerms.diff(signed, amended);

        assertThat(changes).containsExactly(new Change("endOn", "2027-12-31", "2028-06-30"));
    }

    @Test
    void anAddedTrancheAppearsInTheDiffWithNoPreviousValue() {
        ContractTerms signed = terms(new BigDecimal("1000000000"), LocalDate.of(2027, 12, 31), advance(300_000_000));
        ContractTerms amended = terms(
                new BigDecimal("1000000000"),
                LocalDate.of(2027, 12, 31),
                advance(300_000_000),
                forProduct(700_000_000));

        assertThat(ContractTerms.diff(signed, amended)).contains(new Change("tranche.2.amount", null, "700000000"));
    }
}
