package vn.doimoi.projects.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.MemberView;
import vn.doimoi.projects.councils.ResultView;
import vn.doimoi.projects.councils.SheetView;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.tasks.TaskState;

/** Read records of calls, dossiers, councils and tasks for pages, the API and PDFs. */
public final class Views {

    private Views() {}

    public record Ref(UUID id, String name) {}

    public record CallView(
            UUID id,
            String code,
            String title,
            TaskType type,
            SelectionMethod method,
            String objectives,
            String eligibility,
            String requiredForms,
            List<String> fieldCodes,
            @Nullable Ref adopter,
            BigDecimal budgetCeiling,
            int durationMonths,
            LocalDate deadlineOn,
            String ruleSetId,
            @Nullable String orderDecision,
            CallState state,
            boolean acceptingNow,
            @Nullable Instant openedAt,
            @Nullable LocalDateTime receiptClosedAt,
            @Nullable Instant dossiersOpenedAt,
            @Nullable String openingMinutes,
            List<ApprovedProduct> products,
            long version) {

        private static final DateTimeFormatter CLOSED_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

        /**
         * When receipt ended, Vietnam time, as the page says it ("23:59 07/12/2026"); null while
         * the call is a draft or still receiving.
         */
        public @Nullable String receiptClosedAtText() {
            return receiptClosedAt == null ? null : CLOSED_AT.format(receiptClosedAt);
        }
    }

    public record BudgetLineView(String item, BigDecimal stateAmount, BigDecimal otherAmount) {}

    public record DossierView(
            UUID id,
            UUID callId,
            String callCode,
            String callTitle,
            Ref applicant,
            @Nullable Ref principalInvestigator,
            List<Ref> keyMembers,
            List<Ref> partners,
            String objectives,
            String content,
            String methods,
            String schedule,
            int durationMonths,
            List<BudgetLineView> budget,
            BigDecimal stateBudget,
            BigDecimal otherBudget,
            DossierState state,
            @Nullable String contentHash,
            @Nullable Instant submittedAt,
            @Nullable String validityNote,
            List<ApprovedProduct> products,
            boolean editable,
            long version) {}

    public record CouncilView(
            UUID id,
            UUID callId,
            String callCode,
            String callTitle,
            RuleSet rules,
            CouncilState state,
            @Nullable String decisionNumber,
            @Nullable Instant meetingStartedAt,
            @Nullable Instant concludedAt,
            List<MemberView> members,
            List<Ref> dossiers,
            List<ResultView> results,
            List<SheetView> sheets,
            @Nullable UUID taskId,
            long version) {}

    public record TaskView(
            UUID id,
            String code,
            String title,
            TaskType type,
            SelectionMethod method,
            UUID callId,
            UUID dossierId,
            Ref host,
            @Nullable Ref principalInvestigator,
            @Nullable Ref adopter,
            List<String> fieldCodes,
            String objectives,
            BigDecimal score,
            BigDecimal requestedStateBudget,
            BigDecimal stateBudget,
            BigDecimal otherBudget,
            int durationMonths,
            TaskState state,
            @Nullable String appraisalNote,
            @Nullable String decisionNumber,
            @Nullable LocalDate decisionDate,
            @Nullable String decisionSigner,
            List<ApprovedProduct> products,
            List<AppraisedLineView> budgetLines,
            long version) {}

    /** A task's budget line: requested and approved money (state / non-state) and the appraisal's reason. */
    public record AppraisedLineView(
            int position,
            String item,
            BigDecimal requestedState,
            BigDecimal requestedOther,
            BigDecimal approvedState,
            BigDecimal approvedOther,
            @Nullable String reason) {}

    /** Counts by state for the staff dashboard. */
    public record Dashboard(
            Map<CallState, Long> calls,
            Map<DossierState, Long> dossiers,
            Map<CouncilState, Long> councils,
            Map<TaskState, Long> tasks) {}
}
