package vn.doimoi.ecosystem.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The fund's stored rows as the pages read them. */
public final class FundRows {

    private FundRows() {}

    /** A spending as the fund's page lists it. */
    public record SpendingRow(
            UUID id,
            UUID organisation,
            LocalDate spentOn,
            String useCode,
            String description,
            BigDecimal amount,
            String evidenceKey,
            String evidenceType,
            String evidenceName) {}

    /** An allocation with the taxable income it was capped by. */
    public record AllocationRow(
            int taxYear, LocalDate allocatedOn, BigDecimal taxableIncome, BigDecimal amount, String ruleCode) {}
}
