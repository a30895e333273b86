package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.execution.ExecutionViews.EventView;

/**
 * The evaluation dossier under Decree 267/2025 art. 17: a task approved from 1/10/2025 is submitted
 * with the document fixing each member's contribution; one approved before is not asked for it.
 */
@DoimoiSpringTest
class AcceptanceContributionsTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TaskExecutions executions;

    @Autowired
    AcceptanceSteps acceptance;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MockMvc mvc;

    @Test
    void aTaskUnderThe2025RulesIsSubmittedOnlyWithEachMembersContribution() {
        // given a task approved under the 2025 rules, in progress
        UUID host = testUsers.organisation();
        CurrentUser staff = TaskExecutionsTests.staff("canbo-donggop");
        CurrentUser member = TaskExecutionsTests.member(host);
        UUID task = inProgress(host, LocalDate.of(2026, 1, 1), staff);

        // when the host submits without the contributions, or with a table that does not add up to 100, it is refused
        assertThatThrownBy(() -> submit(member, task, MemberContributions.NONE))
                .hasMessage("acceptance.error.contributionsRequired");
        assertThatThrownBy(() -> submit(member, task, MemberContributions.of(null, "Nguyễn Văn A: 60\nTrần Thị B: 30")))
                .hasMessage("acceptance.error.contributionsSum");
        assertThatThrownBy(() -> MemberContributions.of(null, "Nguyễn Văn A sáu mươi phần trăm"))
                .hasMessage("acceptance.error.contributionsLine");
        assertThatThrownBy(() -> MemberContributions.of(null, "Nguyễn Văn A: 50\nNguyễn Văn A: 50"))
                .hasMessage("acceptance.error.contributionsTwice");
        assertThatThrownBy(() -> submit(member, task, MemberContributions.of(null, "Nguyễn Văn A: 0\nTrần Thị B: 100")))
                .hasMessage("acceptance.error.contributionsShare");
        assertThat(executions.task(staff, task).acceptance()).isNull();

        // when the shares add up to 100%
        submit(member, task, MemberContributions.of(null, "Nguyễn Văn A: 60,5\nTrần Thị B | 39.5 %"));

        // then the dossier is submitted and the journal keeps each member's share
        assertThat(executions.task(staff, task).acceptance()).isNotNull();
        assertThat(executions.task(staff, task).events())
                .extracting(EventView::detail)
                .contains("Mức độ đóng góp: Nguyễn Văn A 60.5%, Trần Thị B 39.5%");
    }

    @Test
    void everyWayInAppliesTheRuleVersionOfTheApproval() {
        // given a task approved under the 2025 rules, reached through the facade other processes and imports use
        UUID host = testUsers.organisation();
        CurrentUser staff = TaskExecutionsTests.staff("canbo-donggop5");
        CurrentUser member = TaskExecutionsTests.member(host);
        UUID task = inProgress(host, LocalDate.of(2026, 1, 1), staff);

        // then it is refused without the contributions there too, and accepted with them
        assertThatThrownBy(() -> executions.submitAcceptance(
                        member, task, "Báo cáo tổng hợp", "Tóm tắt", null, "Đạt", List.of(), MemberContributions.NONE))
                .hasMessage("acceptance.error.contributionsRequired");
        executions.submitAcceptance(
                member, task, "Báo cáo tổng hợp", "Tóm tắt", null, "Đạt", List.of(), SignedTasks.CONTRIBUTIONS);
        assertThat(executions.task(staff, task).acceptance()).isNotNull();
    }

    @Test
    void aSignedDocumentAloneIsEnough() {
        UUID host = testUsers.organisation();
        CurrentUser staff = TaskExecutionsTests.staff("canbo-donggop2");
        UUID task = inProgress(host, LocalDate.of(2026, 1, 1), staff);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        submit(
                TaskExecutionsTests.member(host),
                task,
                MemberContributions.of(new TaskFiles.Upload("dong-gop.pdf", "application/pdf", pdf), ""));

        assertThat(executions.task(staff, task).acceptance()).isNotNull();
    }

    @Test
    void aTaskApprovedBeforeTheNewLawIsNotAskedForContributions() {
        UUID host = testUsers.organisation();
        CurrentUser staff = TaskExecutionsTests.staff("canbo-donggop3");
        UUID task = inProgress(host, LocalDate.of(2025, 6, 1), staff);

        submit(TaskExecutionsTests.member(host), task, MemberContributions.NONE);

        assertThat(executions.task(staff, task).acceptance()).isNotNull();
    }

    @Test
    void hostileContributionTablesNeverAnswer500() throws Exception {
        UUID host = testUsers.organisation();
        String member = testUsers.create(Role.ORG_MEMBER, host);
        UUID task = inProgress(host, LocalDate.of(2026, 1, 1), TaskExecutionsTests.staff("canbo-donggop4"));
        for (String table : List.of(
                "x".repeat(100_000),
                "A: 1e9",
                "A: -50\nB: 150",
                ":100",
                "<script>alert(1)</script>: 100\u0000",
                "A: 999999999999999999999")) {
            int code = mvc.perform(multipart("/execution/tasks/" + task + "/acceptance")
                            .param("finalReport", "Báo cáo tổng hợp")
                            .param("summaryReport", "Tóm tắt")
                            .param("financialReport", "Tài chính")
                            .param("selfAssessment", "Đạt")
                            .param("contributions", table)
                            .with(user(testUsers.principal(member)))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(code)
                    .as(table.length() > 40 ? table.substring(0, 40) : table)
                    .isLessThan(500);
        }
    }

    private UUID inProgress(UUID host, LocalDate decidedOn, CurrentUser staff) {
        UUID task = SignedTasks.approvedOn(executions, host, decidedOn);
        SignedTasks.sign(executions, staff, task, TODAY.minusMonths(2));
        return task;
    }

    private void submit(CurrentUser member, UUID task, MemberContributions contributions) {
        acceptance.submitAcceptance(
                member, task, "Báo cáo tổng hợp", "Tóm tắt", "Tài chính", "Tự đánh giá: Đạt", List.of(), contributions);
    }
}
