package vn.doimoi.projects.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.doimoi.projects.execution.Stage;

/** The rule that turns what each process recorded into one stage, without a database. */
class StageFactsTests {

    @Test
    void beforeApprovalTheSelectionDecides() {
        assertThat(new StageFacts(TaskState.SELECTED, null, false, false, false, null).stage())
                .isEqualTo(TaskStage.SELECTED);
        assertThat(new StageFacts(TaskState.BUDGET_APPRAISED, null, false, false, false, null).stage())
                .isEqualTo(TaskStage.BUDGET_APPRAISED);
    }

    @Test
    void anApprovedTaskFollowsExecutionResultAndLiquidation() {
        assertThat(approved(null, false, false, false)).isEqualTo(TaskStage.AWAITING_CONTRACT);
        assertThat(approved(Stage.CONTRACT_DRAFT, false, false, false)).isEqualTo(TaskStage.AWAITING_CONTRACT);
        assertThat(approved(Stage.IN_PROGRESS, false, false, false)).isEqualTo(TaskStage.CONTRACTED);
        assertThat(approved(Stage.IN_PROGRESS, true, false, false)).isEqualTo(TaskStage.IN_EXECUTION);
        assertThat(approved(Stage.UNDER_ACCEPTANCE, true, false, false)).isEqualTo(TaskStage.UNDER_ACCEPTANCE);
        assertThat(approved(Stage.ACCEPTED, true, false, false)).isEqualTo(TaskStage.ACCEPTED);
        assertThat(approved(Stage.NOT_ACCEPTED, true, false, false)).isEqualTo(TaskStage.NOT_ACCEPTED);
        assertThat(approved(Stage.ACCEPTED, true, true, false)).isEqualTo(TaskStage.RESULT_REGISTERED);
        assertThat(approved(Stage.TERMINATED, true, false, false)).isEqualTo(TaskStage.STOPPED);
        assertThat(approved(Stage.CLOSED, true, true, true)).isEqualTo(TaskStage.LIQUIDATED);
        assertThat(approved(Stage.CLOSED, false, false, false)).isEqualTo(TaskStage.LIQUIDATED);
    }

    @Test
    void aFailedTaskShowsWhatItsComplianceAssessmentDecided() {
        // risk accepted: closed without liquidation minutes, and the register keeps saying why
        assertThat(new StageFacts(TaskState.APPROVED, Stage.CLOSED, true, false, false, "RISK_ACCEPTED").stage())
                .isEqualTo(TaskStage.RISK_ACCEPTED);
        // recovery: until the contract is liquidated
        assertThat(new StageFacts(TaskState.APPROVED, Stage.NOT_ACCEPTED, true, false, false, "RECOVERY").stage())
                .isEqualTo(TaskStage.FUNDS_RECOVERY);
        assertThat(new StageFacts(TaskState.APPROVED, Stage.CLOSED, true, false, true, "RECOVERY").stage())
                .isEqualTo(TaskStage.LIQUIDATED);
    }

    private static TaskStage approved(Stage execution, boolean reported, boolean registered, boolean liquidated) {
        return new StageFacts(TaskState.APPROVED, execution, reported, registered, liquidated, null).stage();
    }
}
