package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.results.ResultState;
import vn.doimoi.projects.results.UseState;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.RiskAcceptanceRule;
import vn.doimoi.rules.RuleVersion;

/** What the pages, exports and the API read about tasks in execution and their results. */
public final class ExecutionViews {

    private ExecutionViews() {}

    public record TaskRow(
            UUID id,
            String code,
            String title,
            String hostName,
            Stage stage,
            BigDecimal stateBudget,
            BigDecimal paid,
            long overdueReports) {}

    public record ProductView(
            UUID id,
            String name,
            String quantity,
            List<ProductSpec> specs,
            @Nullable Grade quantityGrade,
            @Nullable Grade volumeGrade,
            @Nullable Grade qualityGrade) {}

    public record VersionView(
            int number,
            @Nullable String reason,
            Instant createdAt,
            String createdBy,
            List<ContractTerms.Change> changes) {}

    public record ContractView(
            UUID id,
            ContractState state,
            int currentVersion,
            @Nullable LocalDate signedOn,
            ContractTerms terms,
            List<VersionView> versions,
            @Nullable String terminationReason,
            long version) {}

    public record ReportView(
            UUID id,
            int number,
            LocalDate dueOn,
            ReportState state,
            @Nullable Instant submittedAt,
            boolean late,
            boolean overdue,
            @Nullable Integer progressPercent,
            @Nullable String content,
            @Nullable String reviewNote) {}

    public record TrancheView(
            UUID id,
            int number,
            BigDecimal amount,
            @Nullable UUID productId,
            @Nullable String productName,
            LocalDate plannedOn,
            TrancheState state,
            @Nullable String requestNote,
            @Nullable String staffApprovedBy,
            @Nullable String financeApprovedBy,
            @Nullable LocalDate paidOn,
            @Nullable String treasuryReference) {}

    /** A product a lump-sum host hands in instead of the spending report; accepted once it has minutes. */
    public record HandedInProduct(
            String name,
            @Nullable LocalDate acceptedOn,
            @Nullable String minutesNumber) {}

    public record AcceptanceView(
            UUID id,
            boolean concluded,
            String finalReport,
            String summaryReport,
            String financialReport,
            String selfAssessment,
            Instant submittedAt,
            @Nullable Grade reportGrade,
            @Nullable Grade classification,
            @Nullable String ruleVersion,
            @Nullable String ruleSource,
            boolean ruleVerified,
            @Nullable String councilNote,
            @Nullable LocalDate concludedOn) {}

    public record UseView(
            UUID id,
            UUID resultId,
            String adopterName,
            @Nullable UUID adopterOrgId,
            String place,
            int year,
            String scale,
            String effect,
            @Nullable BigDecimal revenue,
            @Nullable BigDecimal savings,
            UseState state,
            String reportedBy) {}

    public record ResultView(
            UUID id,
            UUID taskId,
            String taskCode,
            String title,
            String summary,
            String authors,
            String keywords,
            String applicationScope,
            List<String> fieldCodes,
            UUID hostOrgId,
            String hostName,
            ResultState state,
            @Nullable String certificateNumber,
            @Nullable LocalDate registeredOn,
            @Nullable Grade classification,
            List<ProductView> products,
            List<UseView> uses) {}

    public record AssetView(
            UUID id,
            String name,
            BigDecimal value,
            @Nullable String decision,
            @Nullable String handedTo,
            @Nullable LocalDate handedOn) {}

    public record LiquidationView(String minutesNumber, LocalDate liquidatedOn, String note) {}

    /** The compliance assessment of a failed task (Law 93/2025 art. 9); regime and outcome by name. */
    public record RiskAssessmentView(
            String regime,
            boolean compliant,
            String outcome,
            String assessors,
            String evidence,
            String decisionNumber,
            LocalDate decidedOn,
            @Nullable BigDecimal recoveryAmount,
            String recordedBy) {

        public boolean riskAccepted() {
            return outcome.equals("RISK_ACCEPTED");
        }
    }

    public record EventView(Instant at, String actor, String action, String detail) {}

    public record FileView(UUID id, String kind, String filename, long size, String sha256) {}

    public record TaskDetail(
            UUID id,
            String code,
            String title,
            TaskType type,
            SelectionMethod method,
            UUID hostOrgId,
            String hostName,
            @Nullable String adopterName,
            List<String> fieldCodes,
            BigDecimal stateBudget,
            BigDecimal otherBudget,
            int durationMonths,
            String decisionNumber,
            LocalDate decisionDate,
            Stage stage,
            List<ProductView> products,
            @Nullable ContractView contract,
            /* the end as extended by approved schedule adjustments, when later than the contract's end */
            @Nullable LocalDate extendedUntil,
            List<ReportView> reports,
            List<TrancheView> tranches,
            BigDecimal paid,
            @Nullable AcceptanceView acceptance,
            @Nullable ResultView result,
            List<AssetView> assets,
            @Nullable LiquidationView liquidation,
            @Nullable RiskAssessmentView riskAssessment,
            /* the risk-acceptance version in force on the approval: the assessment form's hint and fields */
            RuleVersion<RiskAcceptanceRule> riskRule,
            List<EventView> events,
            List<FileView> files,
            AcceptanceRule rule,
            /* lump sum to the final product: the products handed in instead of the spending report; else null */
            @Nullable List<HandedInProduct> productsInsteadOfSpending,
            /* the principal investigator in the directory, when the approval named one */
            @Nullable UUID principalInvestigatorId) {}

    public record OverdueReport(
            UUID taskId, String code, String title, String hostName, int number, LocalDate dueOn, long daysLate) {}

    public record YearMoney(int year, BigDecimal planned, BigDecimal paid) {}

    public record PaymentRow(
            UUID taskId,
            String code,
            String title,
            String hostName,
            int number,
            BigDecimal amount,
            TrancheState state,
            LocalDate plannedOn,
            @Nullable LocalDate paidOn,
            @Nullable String treasuryReference) {}

    public record Dashboard(
            Map<Stage, Long> byStage,
            List<TaskRow> tasks,
            List<OverdueReport> overdue,
            List<YearMoney> money,
            List<PaymentRow> awaitingPayment,
            List<UseView> usesToConfirm,
            long resultsRegistered,
            long resultsApplied) {}
}
