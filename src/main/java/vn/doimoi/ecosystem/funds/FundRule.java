package vn.doimoi.ecosystem.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ServiceKind;
import vn.doimoi.rules.RuleKind;
import vn.doimoi.shared.Money;

/**
 * The rule of an enterprise's S&T development fund (kind {@code enterprise-fund}, ADR 0066): the cap of
 * an allocation as a share of the year's taxable income, the share to be used within the period, and
 * what is repaid when it is not (the tax on the unused part, with interest), with the eligible uses.
 *
 * @param capPercent the most that may be set aside, in percent of the taxable income of the tax year
 * @param usePeriodYears the years from the allocation within which it must be used
 * @param minimumUsePercent the share of the allocation to be used within the period
 * @param taxRatePercent the corporate income tax rate applied to the unused part
 * @param interestRatePercent the yearly interest rate on that tax
 * @param interestYears the years the interest runs
 * @param warningMonths how many months before a deadline the enterprise is warned
 * @param uses the eligible uses; a spending names one
 */
public record FundRule(
        BigDecimal capPercent,
        int usePeriodYears,
        BigDecimal minimumUsePercent,
        BigDecimal taxRatePercent,
        BigDecimal interestRatePercent,
        int interestYears,
        int warningMonths,
        List<Use> uses) {

    public static final RuleKind<FundRule> KIND = RuleKind.of("enterprise-fund", FundRule.class);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One eligible use, and the market listings that serve it (offers of technology, or services of
     * these kinds), which the fund's page suggests for an unspent balance.
     */
    public record Use(String code, String name, List<ListingKind> listingKinds, List<ServiceKind> serviceKinds) {

        public Use {
            if (code == null || !code.matches("[A-Z][A-Z_]{1,59}") || name == null || name.isBlank()) {
                throw new IllegalArgumentException("enterprise-fund: a use needs a code and a name");
            }
            listingKinds = listingKinds == null ? List.of() : List.copyOf(listingKinds);
            serviceKinds = serviceKinds == null ? List.of() : List.copyOf(serviceKinds);
        }
    }

    public FundRule {
        if (!percent(capPercent)
                || !percent(minimumUsePercent)
                || !percent(taxRatePercent)
                || !percent(interestRatePercent)) {
            throw new IllegalArgumentException("enterprise-fund: a percentage is between 0 and 100");
        }
        if (usePeriodYears < 1 || interestYears < 0 || warningMonths < 0 || warningMonths > 60) {
            throw new IllegalArgumentException("enterprise-fund: the period, interest years or warning months");
        }
        if (uses == null || uses.isEmpty()) {
            throw new IllegalArgumentException("enterprise-fund: no eligible use");
        }
        uses = List.copyOf(uses);
    }

    private static boolean percent(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    /** The most that may be set aside from this taxable income, in whole đồng (rounded down). */
    public Money cap(Money taxableIncome) {
        return new Money(share(taxableIncome.amount(), capPercent));
    }

    /** The part of an allocation that must be used within the period, in whole đồng (rounded up). */
    public BigDecimal required(BigDecimal allocated) {
        return allocated.multiply(minimumUsePercent).divide(HUNDRED, 0, RoundingMode.CEILING);
    }

    /** What is repaid on an unused amount: the tax on it and the interest on that tax. */
    public BigDecimal repayment(BigDecimal unused) {
        BigDecimal tax = share(unused, taxRatePercent);
        BigDecimal interest = tax.multiply(interestRatePercent)
                .multiply(BigDecimal.valueOf(interestYears))
                .divide(HUNDRED, 0, RoundingMode.HALF_UP);
        return tax.add(interest);
    }

    public Optional<Use> use(String code) {
        return uses.stream().filter(use -> use.code().equals(code)).findFirst();
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN);
    }
}
