package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.shared.DomainException;

/** Deadlines in Vietnam time, the task's stages, contract freezing and acceptance bookkeeping. */
class ExecutionRulesTests {

    static final UUID PRODUCT = UUID.randomUUID();

    static TaskApproved approved() {
        return new TaskApproved(
                UUID.randomUUID(),
                "ĐT.01",
                "Đề tài thử",
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                UUID.randomUUID(),
                null,
                null,
                List.of("401"),
                List.of(new ApprovedProduct(
                        PRODUCT, "Quy trình", "01", List.of(new ProductSpec("Năng suất", "tấn/ha", "≥ 6")))),
                new BigDecimal("500000000"),
                BigDecimal.ZERO,
                12,
                "1/QĐ-UBND",
                LocalDate.of(2026, 1, 1));
    }

    @Test
    void aReportDueOnADayIsOnTimeUntilMidnightInVietnam() {
        LocalDate due = LocalDate.of(2026, 7, 1);

        // 23:59 on 1 July in Vietnam is 16:59 UTC
        assertThat(Deadlines.isLate(due, Instant.parse("2026-07-01T16:59:59Z"))).isFalse();
        // midnight of 2 July in Vietnam is 17:00 UTC on 1 July, when it is still 1 July in UTC
        assertThat(Deadlines.isLate(due, Instant.parse("2026-07-01T17:00:00Z"))).isTrue();
    }

    @Test
    void aReportSentAfterItsDueDayIsFlaggedLate() {
        ProgressReport report = new ProgressReport(UUID.randomUUID(), 1, LocalDate.of(2026, 7, 1));

        report.submit("Đã hoàn thành khảo sát", 40, Instant.parse("2026-07-10T03:00:00Z"));

        assertThat(report.late()).isTrue();
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void aReportIsOverdueOnlyAfterItsDueDayAndWhileNotSent() {
        ProgressReport report = new ProgressReport(UUID.randomUUID(), 1, LocalDate.of(2026, 7, 1));

        assertThat(report.overdueOn(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(report.overdueOn(LocalDate.of(2026, 7, 2))).isTrue();
        report.submit("Nội dung", 40, Instant.parse("2026-07-02T03:00:00Z"));
        assertThat(report.overdueOn(LocalDate.of(2026, 7, 3))).isFalse();
    }

    @Test
    void aReportIsNotSubmittedTwice() {
        ProgressReport report = new ProgressReport(UUID.randomUUID(), 1, LocalDate.of(2026, 7, 1));
        report.submit("Nội dung", 40, Instant.parse("2026-06-20T03:00:00Z"));

        assertThatThrownBy(() -> report.submit("Lại", 50, Instant.parse("2026-06-21T03:00:00Z")))
                .hasMessage("execution.error.reportState");
    }

    @Test
    void theTaskMovesOnlyForwardThroughItsStages() {
        ExecutionTask task = new ExecutionTask(approved(), Instant.now());

        assertThat(task.stage()).isEqualTo(Stage.AWAITING_CONTRACT);
        assertThatThrownBy(task::contractSigned)
                .isInstanceOf(DomainException.class)
                .hasMessage("execution.error.stage");
        assertThatThrownBy(task::acceptanceRequested).hasMessage("execution.error.stage");
        assertThatThrownBy(task::closed).hasMessage("execution.error.stage");
        task.contractDrafted();
        task.contractSigned();
        assertThatThrownBy(() -> task.acceptanceConcluded(Grade.PASSED)).hasMessage("execution.error.stage");
        task.acceptanceRequested();
        task.acceptanceConcluded(Grade.PASSED);
        assertThat(task.stage()).isEqualTo(Stage.ACCEPTED);
        assertThatThrownBy(task::terminated).hasMessage("execution.error.stage");
        task.closed();
        assertThat(task.stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void theTaskKeepsTheOrderedProductIds() {
        ExecutionTask task = new ExecutionTask(approved(), Instant.now());

        assertThat(task.products()).extracting(Product::id).containsExactly(PRODUCT);
        assertThat(task.products().get(0).specs()).containsExactly(new ProductSpec("Năng suất", "tấn/ha", "≥ 6"));
    }

    @Test
    void aSignedContractIsFrozenAndAnAmendmentNeedsAReason() {
        Contract contract = new Contract(UUID.randomUUID(), "{v1}");
        contract.sign(LocalDate.of(2026, 1, 1));

        assertThatThrownBy(() -> contract.redraft("{v2}")).hasMessage("contract.error.frozen");
        assertThatThrownBy(() -> contract.amend("{v2}", BigDecimal.TEN, BigDecimal.ZERO, " "))
                .hasMessage("contract.error.reasonRequired");
        assertThatThrownBy(() -> contract.amend("{v1}", BigDecimal.TEN, BigDecimal.ZERO, "Gia hạn"))
                .hasMessage("contract.error.noChange");
        assertThatThrownBy(() -> contract.amend("{v2}", BigDecimal.TEN, BigDecimal.valueOf(11), "Giảm kinh phí"))
                .hasMessage("contract.error.belowCommitted");
        contract.amend("{v2}", BigDecimal.TEN, BigDecimal.ZERO, "Gia hạn 6 tháng");
        assertThat(contract.currentVersion()).isEqualTo(2);
        assertThat(contract.terms()).isEqualTo("{v2}");
    }

    @Test
    void aContractIsSignedOnceAndTerminatedOnlyWithAReason() {
        Contract contract = new Contract(UUID.randomUUID(), "{v1}");
        contract.sign(LocalDate.of(2026, 1, 1));

        assertThatThrownBy(() -> contract.sign(LocalDate.of(2026, 1, 2))).hasMessage("contract.error.state");
        assertThatThrownBy(() -> contract.terminate("", LocalDate.of(2026, 5, 1)))
                .hasMessage("contract.error.reasonRequired");
        contract.terminate("Chủ nhiệm không tiếp tục thực hiện", LocalDate.of(2026, 5, 1));
        assertThat(contract.state()).isEqualTo(ContractState.TERMINATED);
    }

    @Test
    void theCouncilMustGradeEveryOrderedProductOnce() {
        Acceptance acceptance = new Acceptance(
                UUID.randomUUID(), "Báo cáo tổng hợp", "Tóm tắt", "Quyết toán", "Tự đánh giá", Instant.now());
        UUID other = UUID.randomUUID();
        ProductGrades good = new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED);

        assertThatThrownBy(() -> acceptance.conclude(
                        Map.of(other, good),
                        Set.of(PRODUCT),
                        Grade.PASSED,
                        AcceptanceRule.circular11of2014(),
                        null,
                        LocalDate.now()))
                .hasMessage("acceptance.error.everyProduct");
        Grade grade = acceptance.conclude(
                Map.of(PRODUCT, good),
                Set.of(PRODUCT),
                Grade.PASSED,
                AcceptanceRule.circular11of2014(),
                null,
                LocalDate.now());

        assertThat(grade).isEqualTo(Grade.PASSED);
        assertThat(acceptance.acceptedProducts()).containsExactly(PRODUCT);
        assertThat(acceptance.ruleVerified()).isFalse();
        assertThatThrownBy(() -> acceptance.conclude(
                        Map.of(PRODUCT, good),
                        Set.of(PRODUCT),
                        Grade.PASSED,
                        AcceptanceRule.circular11of2014(),
                        null,
                        LocalDate.now()))
                .hasMessage("acceptance.error.state");
    }

    @Test
    void anIncompleteAcceptanceDossierIsRefused() {
        assertThatThrownBy(() ->
                        new Acceptance(UUID.randomUUID(), "Báo cáo", "", "Quyết toán", "Tự đánh giá", Instant.now()))
                .hasMessage("acceptance.error.dossierIncomplete");
    }
}
