package vn.doimoi.projects.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * What a commercialisation yielded and paid, in whole đồng; the state-funded share of the result in
 * percent. Impossible values are refused here, whoever sends them.
 */
public record CommercialisationTerms(
        CommercialisationKind kind,
        LocalDate concludedOn,
        String counterparty,
        BigDecimal income,
        BigDecimal profitAfterTax,
        BigDecimal stateSharePercent,
        BigDecimal authorsAmount,
        @Nullable BigDecimal intermediariesAmount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CommercialisationTerms {
        if (kind == null || concludedOn == null || counterparty == null || counterparty.isBlank()) {
            throw DomainException.refused("result.sharing.error.incomplete");
        }
        if (negative(income) || negative(profitAfterTax) || negative(authorsAmount) || negative(intermediariesAmount)) {
            throw DomainException.refused("result.sharing.error.negative");
        }
        if (stateSharePercent == null || stateSharePercent.signum() < 0 || stateSharePercent.compareTo(HUNDRED) > 0) {
            throw DomainException.refused("result.sharing.error.stateShare");
        }
        if (profitAfterTax.compareTo(income) > 0) {
            throw DomainException.refused("result.sharing.error.profitAboveIncome");
        }
        counterparty = counterparty.strip();
    }

    private static boolean negative(@Nullable BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }

    /** The audit's picture of these terms. */
    Map<String, Object> audited(String ruleVersion) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind.name());
        values.put("concludedOn", concludedOn.toString());
        values.put("counterparty", counterparty);
        values.put("income", income.toPlainString());
        values.put("profitAfterTax", profitAfterTax.toPlainString());
        values.put("stateSharePercent", stateSharePercent.toPlainString());
        values.put("authorsAmount", authorsAmount.toPlainString());
        values.put("intermediariesAmount", intermediariesAmount == null ? "" : intermediariesAmount.toPlainString());
        values.put("ruleVersion", ruleVersion);
        return values;
    }
}
