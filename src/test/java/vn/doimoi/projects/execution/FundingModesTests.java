package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.rules.FundingModesRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.rules.LegalBasis;
import vn.doimoi.rules.RuleVersion;

/**
 * Issue 19: which funding modes a contract may choose is a rule version (kind {@code funding-modes}),
 * read by the task's approval day; the enum is only the vocabulary.
 */
class FundingModesTests {

    static final UUID PRODUCT = UUID.randomUUID();
    final RuleSets rules = new RuleSets();

    @Test
    void theTaskApprovalDayPicksTheVersion() {
        assertThat(rules.fundingModesFor(LocalDate.of(2025, 9, 30)).code()).isEqualTo("ND95-2014");
        assertThat(rules.fundingModesFor(LocalDate.of(2025, 10, 1)).code()).isEqualTo("ND265-2025");
        assertThat(rules.fundingModesFor(LocalDate.of(2025, 10, 1)).values().offered())
                .containsExactly(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT, FundingMode.PARTIAL_LUMP_SUM);
    }

    @Test
    void aModeTheVersionDoesNotOfferIsRefusedWithTheVersionNamed() {
        RuleVersion<FundingModesRule> onlyFinalProduct = version(new FundingModesRule(List.of(
                new FundingModesRule.Mode(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT, true, true, true),
                new FundingModesRule.Mode(FundingMode.PARTIAL_LUMP_SUM, false, false, false))));

        assertThatThrownBy(() -> terms(FundingMode.PARTIAL_LUMP_SUM, null).validate(Set.of(PRODUCT), onlyFinalProduct))
                .hasFieldOrPropertyWithValue("messageKey", "contract.error.fundingModeNotOffered")
                .satisfies(e -> assertThat(((vn.doimoi.shared.DomainException) e).arguments())
                        .containsExactly("QĐ-2047"));
        terms(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT, PRODUCT).validate(Set.of(PRODUCT), onlyFinalProduct);
    }

    @Test
    void theConditionsOfAModeComeFromTheVersion() {
        RuleVersion<FundingModesRule> shipped = rules.fundingModesFor(LocalDate.of(2026, 1, 1));
        RuleVersion<FundingModesRule> productsRequired = version(new FundingModesRule(
                List.of(new FundingModesRule.Mode(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT, true, true, false))));
        assertThatThrownBy(
                        () -> terms(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT, null).validate(Set.of(), productsRequired))
                .hasFieldOrPropertyWithValue("messageKey", "contract.error.fundingModeNeedsProducts");
        assertThatThrownBy(
                        () -> terms(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT, null).validate(Set.of(PRODUCT), shipped))
                .hasFieldOrPropertyWithValue("messageKey", "contract.error.lumpSumMilestone");

        RuleVersion<FundingModesRule> untied = version(new FundingModesRule(
                List.of(new FundingModesRule.Mode(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT, true, false, false))));
        terms(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT, null).validate(Set.of(), untied);
    }

    @Test
    void aVersionOfferingNothingOrNamingAModeTwiceIsNoRule() {
        assertThatThrownBy(() -> new FundingModesRule(
                        List.of(new FundingModesRule.Mode(FundingMode.PARTIAL_LUMP_SUM, false, false, false))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FundingModesRule(List.of(
                        new FundingModesRule.Mode(FundingMode.PARTIAL_LUMP_SUM, true, false, false),
                        new FundingModesRule.Mode(FundingMode.PARTIAL_LUMP_SUM, true, false, false))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RuleVersion<FundingModesRule> version(FundingModesRule values) {
        return new RuleVersion<>(
                "funding-modes",
                "QĐ-2047",
                "Khoán chi 2047",
                LocalDate.of(2047, 1, 1),
                null,
                new LegalBasis("Quyết định 1/2047", null, null),
                values,
                Map.of(),
                Set.of());
    }

    /** An advance and one tranche, the second paying for {@code product} (or nothing). */
    private static ContractTerms terms(FundingMode mode, @org.jspecify.annotations.Nullable UUID product) {
        return new ContractTerms(
                "HĐ-01",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1),
                mode,
                new BigDecimal("1000000000"),
                BigDecimal.ZERO,
                6,
                "",
                List.of(
                        new ContractTerms.TrancheTerm(1, new BigDecimal("300000000"), null, LocalDate.of(2026, 1, 1)),
                        new ContractTerms.TrancheTerm(
                                2, new BigDecimal("700000000"), product, LocalDate.of(2027, 1, 1))));
    }
}
