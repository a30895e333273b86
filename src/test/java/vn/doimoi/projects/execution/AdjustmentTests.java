package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The adjustment request's transitions, without Spring. */
class AdjustmentTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Adjustment schedule(int months) {
        return new Adjustment(
                UUID.randomUUID(),
                1,
                AdjustmentKind.SCHEDULE,
                "Gia hạn",
                "Mưa trái mùa",
                months,
                12,
                "host",
                Instant.now());
    }

    @Test
    void aScheduleExtensionNamesOneToTwelveMonths() {
        assertThatThrownBy(() -> schedule(0))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.months");
        assertThatThrownBy(() -> schedule(13))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.months");
        assertThat(schedule(12).extensionMonths()).isEqualTo(12);
    }

    @Test
    void onlyAnApprovedScheduleExtensionMovesReports() {
        Adjustment requested = schedule(3);
        assertThat(requested.approvedExtensionMonths()).isZero();
        requested.approve("1/QĐ", TODAY, null, "canbo", TODAY);
        assertThat(requested.approvedExtensionMonths()).isEqualTo(3);

        Adjustment rejected = schedule(3);
        rejected.reject("2/QĐ", TODAY, "Không đủ căn cứ", "canbo", TODAY);
        assertThat(rejected.approvedExtensionMonths()).isZero();

        Adjustment content = new Adjustment(
                UUID.randomUUID(),
                2,
                AdjustmentKind.CONTENT,
                "Đổi giống lúa",
                "Giống cũ nhiễm bệnh",
                5,
                12,
                "host",
                Instant.now());
        content.approve("3/QĐ", TODAY, null, "canbo", TODAY);
        assertThat(content.extensionMonths()).isNull();
        assertThat(content.approvedExtensionMonths()).isZero();
    }

    @Test
    void aDecisionNeedsANumberAndADateNotInTheFuture() {
        Adjustment a = schedule(3);
        assertThatThrownBy(() -> a.approve(" ", TODAY, null, "canbo", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.decisionNumber");
        assertThatThrownBy(() -> a.approve("1/QĐ", TODAY.plusDays(1), null, "canbo", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.decisionDate");
        assertThat(a.state()).isEqualTo(AdjustmentState.REQUESTED);
    }

    @Test
    void aDecidedOrWithdrawnRequestCannotChangeAgain() {
        Adjustment approved = schedule(3);
        approved.approve("1/QĐ", TODAY, null, "canbo", TODAY);
        assertThatThrownBy(() -> approved.reject("2/QĐ", TODAY, "Sai", "canbo", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.state");
        assertThatThrownBy(approved::withdraw)
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.state");

        Adjustment withdrawn = schedule(3);
        withdrawn.withdraw();
        assertThat(withdrawn.state()).isEqualTo(AdjustmentState.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.approve("1/QĐ", TODAY, null, "canbo", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.state");
    }

    @Test
    void anApprovedExtensionMovesTheEndOfTheTaskAndASecondOneAddsToIt() {
        // given a task in progress whose signed contract ends on 30/06/2027
        ExecutionTask task = inProgress();
        LocalDate contractEnd = LocalDate.of(2027, 6, 30);
        assertThat(task.endsOn(contractEnd)).isEqualTo(contractEnd);
        assertThat(task.extendedUntil()).isNull();

        // when three months are granted, then two more
        assertThat(task.extend(contractEnd, 3)).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(task.extend(contractEnd, 2)).isEqualTo(LocalDate.of(2027, 11, 30));

        // then the task ends five months after the contract's own end
        assertThat(task.endsOn(contractEnd)).isEqualTo(LocalDate.of(2027, 11, 30));
        // and an amendment that later moves the contract's end further governs
        assertThat(task.endsOn(LocalDate.of(2028, 3, 31))).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(task.extend(LocalDate.of(2028, 3, 31), 1)).isEqualTo(LocalDate.of(2028, 4, 30));
    }

    @Test
    void onlyATaskInProgressIsExtendedAndByAtLeastOneMonth() {
        ExecutionTask awaiting = new ExecutionTask(
                TaskExecutionsTests.approved(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), Instant.now());
        assertThatThrownBy(() -> awaiting.extend(TODAY, 3))
                .hasFieldOrPropertyWithValue("messageKey", "execution.error.stage");
        assertThatThrownBy(() -> inProgress().extend(TODAY, 0))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.months");
    }

    private static ExecutionTask inProgress() {
        ExecutionTask task = new ExecutionTask(
                TaskExecutionsTests.approved(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), Instant.now());
        task.contractDrafted();
        task.contractSigned();
        return task;
    }

    @Test
    void aReportNotYetSentMovesAndASentOneKeepsItsDate() {
        ProgressReport due = new ProgressReport(UUID.randomUUID(), 1, TODAY);
        assertThat(due.postpone(2)).isTrue();
        assertThat(due.dueOn()).isEqualTo(TODAY.plusMonths(2));

        ProgressReport sent = new ProgressReport(UUID.randomUUID(), 2, TODAY);
        sent.submit("Nội dung", 50, Instant.now());
        assertThat(sent.postpone(2)).isFalse();
        assertThat(sent.dueOn()).isEqualTo(TODAY);
    }
}
