package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.execution.ContractTerms.TrancheTerm;
import vn.doimoi.shared.DomainException;

class TrancheTests {

    static final UUID PRODUCT = UUID.randomUUID();
    static final BigDecimal BUDGET = new BigDecimal("1000000000");
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    private static Tranche tranche(long amount, UUID product) {
        return new Tranche(
                UUID.randomUUID(), new TrancheTerm(2, BigDecimal.valueOf(amount), product, LocalDate.of(2027, 1, 1)));
    }

    private static Tranche paid(Tranche tranche) {
        tranche.request(Set.of(PRODUCT), BigDecimal.ZERO, BUDGET, null, NOW);
        tranche.approveAsStaff("canbo");
        tranche.approveAsFinance("ketoan");
        tranche.markPaid(LocalDate.of(2026, 11, 28), "UNC-0012", BigDecimal.ZERO, BUDGET);
        return tranche;
    }

    @Test
    void aTrancheForAProductWaitsUntilTheProductIsAccepted() {
        Tranche tranche = tranche(700_000_000, PRODUCT);

        assertThatThrownBy(() -> tranche.request(Set.of(), BigDecimal.ZERO, BUDGET, null, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("payment.error.productNotAccepted");
        assertThat(tranche.state()).isEqualTo(TrancheState.PLANNED);
    }

    @Test
    void anAdvanceNeedsNoAcceptedProduct() {
        Tranche tranche = tranche(300_000_000, null);

        tranche.request(Set.of(), BigDecimal.ZERO, BUDGET, "Tạm ứng đợt 1", NOW);

        assertThat(tranche.state()).isEqualTo(TrancheState.REQUESTED);
    }

    @Test
    void aTrancheIsNeverRequestedBeyondTheContract() {
        Tranche tranche = tranche(700_000_000, PRODUCT);

        assertThatThrownBy(() -> tranche.request(Set.of(PRODUCT), new BigDecimal("300000001"), BUDGET, null, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("payment.error.beyondContract");
    }

    @Test
    void aTrancheIsNeverPaidBeyondTheContractEvenAfterAnAmendmentLoweredIt() {
        Tranche tranche = tranche(700_000_000, PRODUCT);
        tranche.request(Set.of(PRODUCT), BigDecimal.ZERO, BUDGET, null, NOW);
        tranche.approveAsStaff("canbo");
        tranche.approveAsFinance("ketoan");

        assertThatThrownBy(() ->
                        tranche.markPaid(LocalDate.of(2026, 11, 28), "UNC-1", new BigDecimal("300000001"), BUDGET))
                .isInstanceOf(DomainException.class)
                .hasMessage("payment.error.beyondContract");
    }

    @Test
    void aTrancheIsNeverPaidTwice() {
        Tranche tranche = paid(tranche(700_000_000, PRODUCT));

        assertThatThrownBy(() -> tranche.markPaid(LocalDate.of(2026, 11, 29), "UNC-0013", BigDecimal.ZERO, BUDGET))
                .isInstanceOf(DomainException.class)
                .hasMessage("payment.error.alreadyPaid");
        assertThatThrownBy(() -> tranche.request(Set.of(PRODUCT), BigDecimal.ZERO, BUDGET, null, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("payment.error.alreadyPaid");
        assertThat(tranche.treasuryReference()).isEqualTo("UNC-0012");
    }

    @Test
    void paymentFollowsTheStepsInOrder() {
        Tranche tranche = tranche(300_000_000, null);

        assertThatThrownBy(() -> tranche.approveAsStaff("canbo")).hasMessage("payment.error.state");
        tranche.request(Set.of(), BigDecimal.ZERO, BUDGET, null, NOW);
        assertThatThrownBy(() -> tranche.approveAsFinance("ketoan")).hasMessage("payment.error.state");
        assertThatThrownBy(() -> tranche.markPaid(LocalDate.of(2026, 11, 28), "UNC-1", BigDecimal.ZERO, BUDGET))
                .hasMessage("payment.error.state");
        tranche.approveAsStaff("canbo");
        tranche.approveAsFinance("ketoan");
        tranche.markPaid(LocalDate.of(2026, 11, 28), "UNC-1", BigDecimal.ZERO, BUDGET);

        assertThat(tranche.state()).isEqualTo(TrancheState.PAID);
        assertThat(tranche.staffApprovedBy()).isEqualTo("canbo");
        assertThat(tranche.financeApprovedBy()).isEqualTo("ketoan");
    }

    @Test
    void aRejectedRequestGoesBackToPlannedWithTheReason() {
        Tranche tranche = tranche(300_000_000, null);
        tranche.request(Set.of(), BigDecimal.ZERO, BUDGET, null, NOW);

        tranche.reject("Thiếu chứng từ");

        assertThat(tranche.state()).isEqualTo(TrancheState.PLANNED);
        assertThat(tranche.requestNote()).isEqualTo("Thiếu chứng từ");
    }
}
