package vn.doimoi.projects;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task's execution as it happened, to be replayed through the screens' own services: contract,
 * an inspection and an adjustment, every progress report, the advance, the acceptance (by a
 * council of five experts when the directory has them), the product tranches, the registered
 * result, one confirmed use, an asset and, where given, a commercialisation of the result with the
 * shares paid to its authors. Days are counted from the contract's start (after the
 * approval decision) or back from today, so the journey lands in the present.
 *
 * @param scienceOfficer the STAFF user who takes the first approvals
 * @param financeOfficer the other STAFF user who takes the second approvals and records payments
 * @param hostMember the host organisation's member who reports and requests
 */
public record ImportedTaskJourney(
        String scienceOfficer,
        String financeOfficer,
        String hostMember,
        Contract contract,
        Inspection inspection,
        Adjustment adjustment,
        Reports reports,
        Payments payments,
        Dossier dossier,
        Council council,
        Result result,
        Use use,
        Asset asset,
        @Nullable Commercialisation commercialisation) {

    /** The contract: its number, start after the decision, length, report period and obligations. */
    public record Contract(
            String number, int startsDaysAfterDecision, int months, int reportEveryMonths, String obligations) {}

    /** One inspection, some months after the start. */
    public record Inspection(int monthsAfterStart, String team, String findings, String conclusions, String requests) {}

    /** A change of content the host asks for and STAFF approves. */
    public record Adjustment(
            String description, String reason, String decisionNumber, int decidedDaysAfterInspection, String note) {}

    /** Every progress report: its content ({@code %d} is the report's number) and STAFF's note. */
    public record Reports(String contentFormat, String reviewNote) {}

    /** The advance and the product tranches: notes, treasury references and when they were paid. */
    public record Payments(
            int advancePlannedDaysAfterStart,
            String advanceNote,
            String advanceReference,
            int advancePaidDaysAfterStart,
            String productNote,
            String productReferencePrefix,
            int productsPaidDaysAgo) {}

    /**
     * The host's acceptance dossier. The journey's contract is a lump sum to the final product, so
     * the host hands in its products, not a spending report; {@code contributions} is the members'
     * table, one "Họ tên: %" a line, that the 2025 evaluation dossier needs.
     */
    public record Dossier(String finalReport, String summaryReport, String selfAssessment, String contributions) {}

    /** The acceptance council's decision, one comment per seat, and the conclusion. */
    public record Council(String decisionNumber, List<String> comments, String conclusion, String directConclusion) {}

    /** The task's result as submitted and registered. */
    public record Result(
            String title,
            String summary,
            String authors,
            String keywords,
            String applicationScope,
            String certificateNumber,
            int registeredDaysAgo) {}

    /** One use of the result by the task's adopter, confirmed by STAFF. */
    public record Use(String place, String scale, String effect, BigDecimal cost, BigDecimal revenue) {}

    /** An asset bought with the task's money. */
    public record Asset(String name, BigDecimal value) {}

    /**
     * A commercialisation of the registered result, recorded by STAFF and checked against the
     * result-sharing version of the task's approval (ADR 0055).
     *
     * @param kind {@code LICENCE}, {@code SALE}, {@code CAPITAL_CONTRIBUTION} or {@code SPIN_OFF}
     * @param stateSharePercent the state-funded share of the result, in percent
     */
    public record Commercialisation(
            String kind,
            int concludedDaysAgo,
            String counterparty,
            BigDecimal income,
            BigDecimal profitAfterTax,
            BigDecimal stateSharePercent,
            BigDecimal authorsAmount,
            @Nullable BigDecimal intermediariesAmount) {}
}
