package vn.doimoi.projects.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.ResultSharingRule;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The least the authors and the intermediaries must receive: a share of the base, the after-tax profit
 * on the state-funded share of the result, rounded up to the đồng so that paying the minimum passes.
 */
public record SharingCheck(ResultSharingRule rule, BigDecimal base) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static SharingCheck of(ResultSharingRule rule, BigDecimal profitAfterTax, BigDecimal stateSharePercent) {
        return new SharingCheck(rule, profitAfterTax.multiply(stateSharePercent).divide(HUNDRED));
    }

    public BigDecimal authorsMinimum() {
        return minimum(rule.authorsMinShare());
    }

    public BigDecimal intermediariesMinimum() {
        return minimum(rule.intermediariesMinShare());
    }

    /** Refuses, naming the minimum in đồng, a share paid below what the rule requires. */
    public void require(BigDecimal authorsAmount, @Nullable BigDecimal intermediariesAmount) {
        if (authorsAmount.compareTo(authorsMinimum()) < 0) {
            throw DomainException.refused(
                    "result.sharing.error.authorsBelowMinimum", VietnameseFormats.money(authorsMinimum()));
        }
        if (intermediariesAmount != null && intermediariesAmount.compareTo(intermediariesMinimum()) < 0) {
            throw DomainException.refused(
                    "result.sharing.error.intermediariesBelowMinimum",
                    VietnameseFormats.money(intermediariesMinimum()));
        }
    }

    private BigDecimal minimum(BigDecimal share) {
        return base.multiply(share).setScale(0, RoundingMode.CEILING);
    }
}
