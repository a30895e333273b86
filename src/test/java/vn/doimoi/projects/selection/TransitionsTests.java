package vn.doimoi.projects.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.proposals.ProposalState;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.tasks.Task;
import vn.doimoi.projects.tasks.TaskState;
import vn.doimoi.shared.DomainException;

/** Every transition out of order is refused with a message; the order itself works. */
class TransitionsTests {

    static final RuleSet RULES = new RuleSets().get("TT20-2023");
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);
    static final Instant BEFORE = Instant.parse("2026-12-01T02:00:00Z");
    static final Instant LAST_SECOND = Instant.parse("2026-12-15T16:59:59Z");
    static final Instant MIDNIGHT = Instant.parse("2026-12-15T17:00:00Z");

    static Call call() {
        return new Call(
                "NV-2026-001",
                new CallData(
                        "Nhiệm vụ thử",
                        TaskType.RESEARCH_TOPIC,
                        SelectionMethod.COMPETITION,
                        "Mục tiêu",
                        "Tổ chức có tư cách pháp nhân",
                        "B1-1-ĐON; B1-2a-TMĐTCN",
                        List.of("401"),
                        null,
                        new BigDecimal("1500000000"),
                        24,
                        DEADLINE,
                        null,
                        List.of(new CallData.Product(
                                null, "Quy trình", "01", List.of(new ProductSpec("Năng suất", "tấn/ha", "≥ 6,5"))))),
                "TT20-2023",
                BEFORE);
    }

    static Dossier readyDossier(Call call, UUID applicant) {
        Dossier dossier = new Dossier(call.id(), applicant, 24, "Mục tiêu", BEFORE);
        dossier.edit(
                new DossierData(
                        UUID.randomUUID(),
                        List.of(),
                        List.of(),
                        "Mục tiêu",
                        "Nội dung",
                        "Phương pháp",
                        "Tiến độ",
                        24,
                        List.of(new DossierData.Line("Công lao động", new BigDecimal("900000000"), BigDecimal.ZERO))),
                true,
                BEFORE);
        return dossier;
    }

    static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void aCallGoesDraftOpenClosedOpenedDecidedAndNeverBackOrAhead() {
        Call call = call();
        refused(() -> call.close(MIDNIGHT), "call.error.transition");
        refused(() -> call.openDossiers("Biên bản", MIDNIGHT), "call.error.transition");
        call.open(BEFORE);
        refused(() -> call.open(BEFORE), "call.error.transition");
        refused(() -> call.close(LAST_SECOND), "call.error.beforeDeadline");
        call.close(MIDNIGHT);
        refused(() -> call.decide(), "call.error.transition");
        refused(() -> call.openDossiers(" ", MIDNIGHT), "dossier.error.minutesRequired");
        call.openDossiers("Mở 1 hồ sơ, hợp lệ.", MIDNIGHT);
        call.decide();
        assertThat(call.state()).isEqualTo(CallState.DECIDED);
    }

    @Test
    void aDossierSubmittedAt235959IsOnTimeAndAtMidnightIsLate() {
        Call call = call();
        call.open(BEFORE);
        Dossier onTime = readyDossier(call, UUID.randomUUID());
        Dossier late = readyDossier(call, UUID.randomUUID());

        onTime.submit(call.acceptsDossiers(LAST_SECOND), call.budgetCeiling(), LAST_SECOND);
        refused(
                () -> late.submit(call.acceptsDossiers(MIDNIGHT), call.budgetCeiling(), MIDNIGHT),
                "dossier.error.late");

        assertThat(onTime.state()).isEqualTo(DossierState.SUBMITTED);
        assertThat(onTime.contentHash()).hasSize(64).isEqualTo(onTime.hash());
        assertThat(late.state()).isEqualTo(DossierState.DRAFT);
    }

    @Test
    void aSubmittedDossierCannotBeEditedOrSubmittedAgainAndValidityNeedsSubmission() {
        Call call = call();
        Dossier draft = readyDossier(call, UUID.randomUUID());
        refused(() -> draft.recordValidity(true, null, BEFORE), "dossier.error.transition");
        refused(() -> draft.conclude(true, BEFORE), "dossier.error.transition");
        draft.submit(true, call.budgetCeiling(), BEFORE);
        refused(() -> draft.submit(true, call.budgetCeiling(), BEFORE), "dossier.error.transition");
        refused(
                () -> draft.edit(
                        new DossierData(null, List.of(), List.of(), "", "", "", "", 12, List.of()), true, BEFORE),
                "dossier.error.transition");
        refused(() -> draft.recordValidity(false, "", BEFORE), "dossier.error.reasonRequired");
        draft.recordValidity(true, null, BEFORE);
        assertThat(draft.state()).isEqualTo(DossierState.VALID);
    }

    @Test
    void aDossierAboveTheCeilingOrIncompleteIsRefused() {
        Call call = call();
        Dossier dossier = readyDossier(call, UUID.randomUUID());
        refused(() -> dossier.submit(true, new BigDecimal("800000000"), BEFORE), "dossier.error.overCeiling");
        Dossier empty = new Dossier(call.id(), UUID.randomUUID(), 24, "", BEFORE);
        refused(() -> empty.submit(true, call.budgetCeiling(), BEFORE), "dossier.error.incomplete");
    }

    @Test
    void aTaskIsApprovedOnlyAfterItsBudgetIsAppraisedAndKeepsTheOrderedProductIds() {
        Call call = call();
        Dossier dossier = readyDossier(call, UUID.randomUUID());
        Task task = new Task(call, dossier, new BigDecimal("81.00"), BEFORE);

        refused(
                () -> task.approve("12/QĐ-UBND", LocalDate.of(2026, 12, 20), "Chủ tịch", BEFORE),
                "task.error.transition");
        refused(() -> task.appraise(new BigDecimal("850000000"), null), "approval.error.lines");
        refused(
                () -> task.appraiseLines(
                        List.of(new LineAdjustment(0, new BigDecimal("950000000"), BigDecimal.ZERO, "Tăng")), null),
                "approval.error.lineAboveRequest");
        refused(
                () -> task.appraiseLines(
                        List.of(new LineAdjustment(0, new BigDecimal("850000000"), BigDecimal.ZERO, " ")), null),
                "approval.error.lineReason");
        refused(() -> task.appraiseLines(List.of(), null), "approval.error.lines");
        task.appraiseLines(
                List.of(new LineAdjustment(
                        0, new BigDecimal("850000000"), new BigDecimal("50000000"), "Giảm chi thuê khoán")),
                "Tổ thẩm định họp ngày 18/12");
        assertThat(task.stateBudget()).isEqualByComparingTo("850000000");
        assertThat(task.otherBudget()).isEqualByComparingTo("50000000");
        assertThat(task.budgetLines().get(0).reason()).isEqualTo("Giảm chi thuê khoán");
        refused(
                () -> task.appraiseLines(
                        List.of(new LineAdjustment(0, new BigDecimal("800000000"), BigDecimal.ZERO, "Giảm")), null),
                "task.error.transition");
        refused(() -> task.approve(" ", LocalDate.of(2026, 12, 20), "Chủ tịch", BEFORE), "approval.error.decision");
        TaskApproved event = task.approve("12/QĐ-UBND", LocalDate.of(2026, 12, 20), "Chủ tịch", BEFORE);

        assertThat(task.state()).isEqualTo(TaskState.APPROVED);
        assertThat(event.stateBudget()).isEqualByComparingTo("850000000");
        assertThat(event.products()).hasSize(1);
        assertThat(event.products().get(0).productId())
                .isEqualTo(call.products().get(0).toProduct().productId());
        assertThat(event.products().get(0).specs().get(0).requiredValue()).isEqualTo("≥ 6,5");
        refused(
                () -> task.approve("13/QĐ-UBND", LocalDate.of(2026, 12, 21), "Chủ tịch", BEFORE),
                "task.error.transition");
    }

    @Test
    void aProposalIsOrderedOnlyOnceShortlistedAndNeverAfterRejection() {
        Proposal proposal = new Proposal(
                UUID.randomUUID(),
                "Chế phẩm sinh học",
                "Rơm rạ bị đốt",
                "Xử lý rơm rạ",
                "Chế phẩm vi sinh",
                null,
                null,
                PriorityArea.BIOTECHNOLOGY,
                BEFORE);
        refused(() -> proposal.ordered(UUID.randomUUID()), "proposal.error.transition");
        refused(
                () -> proposal.shortlist(2027, new BigDecimal("78"), SelectionMethod.COMPETITION),
                "proposal.error.transition");
        proposal.group(UUID.randomUUID(), 2027);
        refused(() -> proposal.group(UUID.randomUUID(), 2027), "proposal.error.transition");
        refused(
                () -> proposal.shortlist(2027, new BigDecimal("101"), SelectionMethod.COMPETITION),
                "proposal.error.score");
        proposal.shortlist(2027, new BigDecimal("78"), SelectionMethod.COMPETITION);
        refused(
                () -> proposal.shortlist(2027, new BigDecimal("80"), SelectionMethod.COMPETITION),
                "proposal.error.transition");
        proposal.ordered(UUID.randomUUID());
        refused(() -> proposal.reject(), "proposal.error.transition");
        assertThat(proposal.state()).isEqualTo(ProposalState.ORDERED);
    }
}
