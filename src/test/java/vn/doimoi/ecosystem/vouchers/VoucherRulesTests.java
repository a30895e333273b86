package vn.doimoi.ecosystem.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;

/** The voucher rules that need no database: eligibility as data, the state machines, the validity. */
class VoucherRulesTests {

    static final Eligibility SMALL_VERIFIED_FOOD =
            new Eligibility(EnumSet.of(OrganisationType.ENTERPRISE), EnterpriseSize.SMALL, Set.of("204"), true);

    @Test
    void eligibilityNamesEachConditionNotMet() {
        OrganisationSummary verifiedFood = organisation(OrganisationType.ENTERPRISE, true, "20401");
        OrganisationSummary unverifiedInstitute = organisation(OrganisationType.INSTITUTE, false, "10101");

        assertThat(SMALL_VERIFIED_FOOD.unmet(verifiedFood, EnterpriseSize.MICRO))
                .isEmpty();
        assertThat(SMALL_VERIFIED_FOOD.unmet(verifiedFood, EnterpriseSize.MEDIUM))
                .containsExactly("vouchers.eligibility.size");
        assertThat(SMALL_VERIFIED_FOOD.unmet(unverifiedInstitute, EnterpriseSize.SMALL))
                .containsExactly(
                        "vouchers.eligibility.type", "vouchers.eligibility.verified", "vouchers.eligibility.field");
        assertThat(new Eligibility(EnumSet.of(OrganisationType.ENTERPRISE), EnterpriseSize.LARGE, Set.of(), false)
                        .unmet(organisation(OrganisationType.ENTERPRISE, false), EnterpriseSize.LARGE))
                .isEmpty();
    }

    @Test
    void eligibilityIsKeptAsColumnsAndReadBack() {
        Eligibility read = Eligibility.of(
                SMALL_VERIFIED_FOOD.typesColumn(),
                SMALL_VERIFIED_FOOD.largestSize().name(),
                SMALL_VERIFIED_FOOD.fieldsColumn(),
                SMALL_VERIFIED_FOOD.verifiedOnly());

        assertThat(read).isEqualTo(SMALL_VERIFIED_FOOD);
    }

    @Test
    void aRedemptionMovesOnlyForwardAndOnlyRefusalOrCancellationGiveTheAmountBack() {
        assertThat(RedemptionState.REQUESTED.canMoveTo(RedemptionState.DELIVERED))
                .isTrue();
        assertThat(RedemptionState.REQUESTED.canMoveTo(RedemptionState.CONFIRMED))
                .isFalse();
        assertThat(RedemptionState.DELIVERED.canMoveTo(RedemptionState.REFUSED)).isFalse();
        assertThat(RedemptionState.CONFIRMED.canMoveTo(RedemptionState.PAID)).isTrue();
        assertThat(RedemptionState.PAID.next()).isEmpty();
        assertThat(EnumSet.allOf(RedemptionState.class).stream().filter(state -> !state.spends()))
                .containsExactlyInAnyOrder(RedemptionState.REFUSED, RedemptionState.CANCELLED);
    }

    @Test
    void aVoucherProgrammeSkipsTheAgreementAndPaymentOfTheEnterprise() {
        assertThat(ApplicationState.GRANTED.next(ProgrammeKind.VOUCHER)).containsExactly(ApplicationState.REPORTED);
        assertThat(ApplicationState.GRANTED.next(ProgrammeKind.TECHNOLOGY_INNOVATION))
                .containsExactly(ApplicationState.AGREED);
        assertThat(ApplicationState.REFUSED.next(ProgrammeKind.VOUCHER)).isEmpty();
        assertThat(ApplicationState.SUBMITTED.canMoveTo(ApplicationState.PAID, ProgrammeKind.LOAN_INTEREST))
                .isFalse();
    }

    @Test
    void aVoucherIsSpendableOnlyWithinItsValidityWhileSomethingIsLeft() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        VoucherView voucher = voucher(from, from.plusMonths(12).minusDays(1), "10000000", VoucherState.ACTIVE);

        assertThat(voucher.redeemableOn(from)).isTrue();
        assertThat(voucher.redeemableOn(LocalDate.of(2027, 11, 30))).isTrue();
        assertThat(voucher.redeemableOn(LocalDate.of(2027, 12, 1))).isFalse();
        assertThat(voucher.expiredOn(LocalDate.of(2027, 12, 1))).isTrue();
        assertThat(voucher.redeemableOn(from.minusDays(1))).isFalse();
        assertThat(voucher(from, from.plusDays(30), "0", VoucherState.ACTIVE).redeemableOn(from))
                .isFalse();
        assertThat(voucher(from, from.plusDays(30), "5", VoucherState.CANCELLED).redeemableOn(from))
                .isFalse();
    }

    static VoucherView voucher(LocalDate from, LocalDate until, String remaining, VoucherState state) {
        return new VoucherView(
                UUID.randomUUID(),
                "VC-2026-00000001",
                UUID.randomUUID(),
                "Phiếu hỗ trợ",
                UUID.randomUUID(),
                "Công ty",
                new BigDecimal("10000000"),
                new BigDecimal(remaining),
                "Đánh giá công nghệ",
                from,
                until,
                state,
                null,
                0);
    }

    static OrganisationSummary organisation(OrganisationType type, boolean verified, String... fields) {
        return new OrganisationSummary(
                UUID.randomUUID(), type, "Tổ chức", "0300000000", "Tây Ninh", verified, Set.of(fields));
    }
}
