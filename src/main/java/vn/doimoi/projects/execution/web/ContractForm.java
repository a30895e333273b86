package vn.doimoi.projects.execution.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.execution.ContractTerms;
import vn.doimoi.projects.execution.FundingMode;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseFormats;
import vn.doimoi.shared.web.FormValues;

/**
 * The contract form as typed (strings), so a rejected form comes back exactly as it was. Bound by
 * Spring (ADR 0038): the tranche rows by index ({@code tranches[0].amount}); a row left without an
 * amount is not a tranche.
 */
public record ContractForm(
        String number,
        String startOn,
        String endOn,
        String fundingMode,
        String stateBudget,
        String otherBudget,
        String reportEveryMonths,
        String obligations,
        String reason,
        List<Row> tranches) {

    /** The most tranche rows a form is read with. */
    static final int MOST_ROWS = 20;

    /** The binder leaves a field it was not sent null; the form reads it as empty. */
    public ContractForm {
        number = text(number);
        startOn = text(startOn);
        endOn = text(endOn);
        fundingMode = fundingMode == null ? FundingMode.LUMP_SUM_TO_FINAL_PRODUCT.name() : fundingMode;
        stateBudget = text(stateBudget);
        otherBudget = text(otherBudget);
        reportEveryMonths = reportEveryMonths == null ? "6" : reportEveryMonths;
        obligations = text(obligations);
        reason = text(reason);
        tranches = tranches == null
                ? List.of()
                : tranches.stream()
                        .filter(row -> row != null && !row.amount().isBlank())
                        .limit(MOST_ROWS)
                        .toList();
    }

    /** One tranche row: its number, its amount, the product it pays for (empty for an advance) and its planned date. */
    public record Row(int number, String amount, String productId, String plannedOn) {

        public Row {
            amount = text(amount);
            productId = text(productId);
            plannedOn = text(plannedOn);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static ContractForm of(ContractTerms terms) {
        List<Row> rows = new ArrayList<>();
        for (ContractTerms.TrancheTerm t : terms.tranches()) {
            rows.add(new Row(
                    t.number(),
                    plainMoney(t.amount()),
                    t.productId() == null ? "" : t.productId().toString(),
                    t.plannedOn().toString()));
        }
        return new ContractForm(
                terms.number(),
                terms.startOn().toString(),
                terms.endOn().toString(),
                terms.fundingMode().name(),
                plainMoney(terms.stateBudget()),
                plainMoney(terms.otherBudget()),
                Integer.toString(terms.reportEveryMonths()),
                terms.obligations(),
                "",
                rows);
    }

    ContractTerms terms() {
        List<ContractTerms.TrancheTerm> terms = new ArrayList<>();
        for (Row row : tranches) {
            terms.add(new ContractTerms.TrancheTerm(
                    row.number(),
                    required(Web.money(row.amount())),
                    row.productId().isBlank() ? null : FormValues.id("productId", row.productId()),
                    Web.date(row.plannedOn(), "plannedOn")));
        }
        FundingMode mode;
        try {
            mode = FundingMode.valueOf(fundingMode);
        } catch (IllegalArgumentException e) {
            throw DomainException.refused("contract.error.fundingMode");
        }
        BigDecimal other = Web.money(otherBudget);
        return new ContractTerms(
                number.trim(),
                Web.date(startOn, "startOn"),
                Web.date(endOn, "endOn"),
                mode,
                required(Web.money(stateBudget)),
                other == null ? BigDecimal.ZERO : other,
                Web.integer(reportEveryMonths, 6),
                obligations.trim(),
                terms);
    }

    /** One more empty row for an added tranche. */
    public int nextNumber() {
        return tranches.stream().mapToInt(Row::number).max().orElse(0) + 1;
    }

    private static BigDecimal required(BigDecimal amount) {
        if (amount == null) {
            throw DomainException.refused("contract.error.budget");
        }
        return amount;
    }

    private static String plainMoney(BigDecimal amount) {
        return VietnameseFormats.number(amount);
    }
}
