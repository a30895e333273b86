package vn.doimoi.projects.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.closure.RiskAssessmentData;
import vn.doimoi.projects.closure.RiskOutcome;
import vn.doimoi.projects.execution.MemberContributions;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.selection.ApprovedTasks;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;

/**
 * Issue 19, first Tests line: a task decided under the old rule versions (approved 30/09/2025) and
 * one under the 2025 versions (approved 15/01/2026) go side by side from selection through the
 * contract to a failed evaluation, and each step applies and cites the version of its own approval.
 */
@DoimoiSpringTest
class OldAndNewRulesSideBySideTests {

    private static final LocalDate OLD_LAW = LocalDate.of(2025, 9, 30);
    private static final LocalDate NEW_LAW = LocalDate.of(2026, 1, 15);

    @Autowired
    MockMvc mvc;

    @Autowired
    CallRepository calls;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    TaskRepository tasks;

    @Autowired
    TaskExecutions executions;

    @Autowired
    Closure closure;

    @Autowired
    RuleSets rules;

    @Autowired
    TestUsers testUsers;

    @Test
    void eachTaskGoesThroughEvaluationUnderTheVersionsOfItsApproval() throws Exception {
        String staffUser = testUsers.create(Role.STAFF);
        CurrentUser staff = new CurrentUser(testUsers.id(staffUser), staffUser, EnumSet.of(Role.STAFF), null);
        UUID host = testUsers.organisation();
        CurrentUser hostMember =
                new CurrentUser(new UserId(UUID.randomUUID()), "chunhiem-hai-luat", EnumSet.of(Role.ORG_MEMBER), host);

        // selection: each call was judged under the selection-council version in force on its day
        TaskApproved old = selected(host, OLD_LAW);
        TaskApproved current = selected(host, NEW_LAW);
        assertThat(callCitation(old, staffUser)).isEqualTo("TT20-2023");
        assertThat(callCitation(current, staffUser)).isEqualTo("ND267-2025");

        // contract: both may choose among the lump-sum modes; the form cites the funding-modes version of each
        executions.taskApproved(old);
        executions.taskApproved(current);
        Map<TaskApproved, String> modesBasis = Map.of(old, "ND95-2014", current, "ND265-2025");
        for (TaskApproved task : List.of(old, current)) {
            Document form = html("/staff/execution/tasks/" + task.taskId() + "/contract", staffUser);
            assertThat(form.select("#fundingMode option").eachAttr("value"))
                    .containsExactly("LUMP_SUM_TO_FINAL_PRODUCT", "PARTIAL_LUMP_SUM");
            assertThat(form.select("#funding-modes-rule").text())
                    .startsWith("Căn cứ: Phương thức khoán chi")
                    .contains(modesBasis.get(task))
                    .contains(task == old ? "Nghị định 95/2014/NĐ-CP" : "Luật 93/2025/QH15");
            SignedTasks.sign(executions, staff, task.taskId(), LocalDate.now().minusMonths(11));
        }

        // evaluation dossier: only the 2025 task must fix each member's contribution (Decree 267/2025 art. 17)
        submit(hostMember, old, MemberContributions.NONE);
        assertThatThrownBy(() -> submit(hostMember, current, MemberContributions.NONE))
                .hasMessage("acceptance.error.contributionsRequired");
        submit(hostMember, current, SignedTasks.CONTRIBUTIONS);

        // evaluation: both fail; the page cites the grading version each was graded under
        fail(staff, old);
        fail(staff, current);
        Document oldPage = html("/execution/tasks/" + old.taskId(), staffUser);
        Document newPage = html("/execution/tasks/" + current.taskId(), staffUser);
        assertThat(oldPage.select("#acceptance-basis").text())
                .contains("TT11-2014")
                .doesNotContain("ND267-2025");
        assertThat(newPage.select("#acceptance-basis").text())
                .contains("ND267-2025")
                .doesNotContain("TT11-2014");

        // risk acceptance: offered only under the 2025 law (Law 93/2025/QH15 art. 9)
        assertThat(oldPage.select("#risk-help").text()).contains("không áp dụng chấp nhận rủi ro");
        assertThat(oldPage.select("#riskRecovery").hasAttr("required")).isTrue();
        assertThat(newPage.select("#risk-help").text()).contains("được chấp nhận rủi ro");
        assertThat(newPage.select("#riskRecovery").hasAttr("required")).isFalse();

        // the same compliant finding closes the 2025 task without refund, and asks the old one for an amount
        assertThat(closure.assessCompliance(staff, current.taskId(), compliant(null)))
                .isEqualTo(RiskOutcome.RISK_ACCEPTED);
        assertThat(executions.task(staff, current.taskId()).stage()).isEqualTo(Stage.CLOSED);
        assertThatThrownBy(() -> closure.assessCompliance(staff, old.taskId(), compliant(null)))
                .hasFieldOrPropertyWithValue("messageKey", "risk.error.oldRulesRecover");
        assertThat(closure.assessCompliance(staff, old.taskId(), compliant(new BigDecimal("100000000"))))
                .isEqualTo(RiskOutcome.RECOVERY);
        assertThat(executions.task(staff, old.taskId()).stage()).isNotEqualTo(Stage.CLOSED);
    }

    /** A task selected from a call judged under the selection version in force on {@code decidedOn}. */
    private TaskApproved selected(UUID host, LocalDate decidedOn) {
        return ApprovedTasks.approved(
                calls,
                dossiers,
                tasks,
                host,
                decidedOn,
                "Nghiên cứu nhân giống sen đá",
                null,
                rules.inForce(decidedOn).id());
    }

    private String callCitation(TaskApproved task, String staffUser) throws Exception {
        UUID call = tasks.findById(task.taskId()).orElseThrow().callId();
        return html("/staff/tasks/calls/" + call, staffUser)
                .select("#rule-citation")
                .text();
    }

    private void submit(CurrentUser member, TaskApproved task, MemberContributions contributions) {
        executions.submitAcceptance(
                member,
                task.taskId(),
                "Báo cáo tổng hợp",
                "Báo cáo tóm tắt",
                "Báo cáo tài chính",
                "Chưa đạt",
                List.of(),
                contributions);
    }

    private void fail(CurrentUser staff, TaskApproved task) {
        ProductGrades failed = new ProductGrades(Grade.FAILED, Grade.FAILED, Grade.FAILED);
        executions.concludeAcceptance(
                staff,
                task.taskId(),
                Map.of(task.products().get(0).productId(), failed),
                Grade.FAILED,
                "Sản phẩm không đạt chỉ tiêu");
    }

    private static RiskAssessmentData compliant(BigDecimal recovery) {
        return new RiskAssessmentData(
                true, "Tổ kiểm tra của Sở", "Biên bản kiểm tra", "20/QĐ-SKHCN", LocalDate.now(), recovery);
    }

    private Document html(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(testUsers.principal(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
