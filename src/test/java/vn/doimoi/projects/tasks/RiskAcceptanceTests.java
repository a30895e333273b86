package vn.doimoi.projects.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.closure.RiskAssessmentData;
import vn.doimoi.projects.closure.RiskOutcome;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;
import vn.doimoi.shared.DomainException;

/**
 * Issue 19, risk acceptance (Law 93/2025/QH15 art. 9): a task that fails its acceptance goes to a
 * compliance assessment. Under the 2025 law a compliant one is closed and refunds nothing, and the
 * public register says so; a non-compliant one, or one approved before 1/10/2025 under the old
 * rules, records the amount to recover before its contract is liquidated.
 */
@DoimoiSpringTest
class RiskAcceptanceTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

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
    TestUsers testUsers;

    @Autowired
    MessageSource messages;

    @Test
    void aCompliantFailureUnderThe2025LawIsClosedWithoutRefundAndTheRegisterSaysSo() throws Exception {
        // given a task approved in 2026 whose acceptance council found it failed
        String staffUser = testUsers.create(Role.STAFF);
        TaskApproved task = failed(LocalDate.of(2026, 1, 15));
        assertThat(register(task)).isEqualTo(label(TaskStage.NOT_ACCEPTED));
        String page = "/execution/tasks/" + task.taskId();
        assertThat(html(page, staffUser).select("#risk-form")).hasSize(1);
        // and its contract cannot be liquidated before the assessment
        assertThatThrownBy(() -> closure.liquidate(staff(staffUser), task.taskId(), "01/BB", LocalDate.now(), ""))
                .hasFieldOrPropertyWithValue("messageKey", "risk.error.assessFirst");

        // when STAFF records, through the task's page, that the procedures were followed
        mvc.perform(post("/staff/execution/tasks/" + task.taskId() + "/risk-assessment")
                        .with(user(testUsers.principal(staffUser)))
                        .with(csrf())
                        .param("compliant", "yes")
                        .param("assessors", "Hội đồng đánh giá tuân thủ (QĐ 15/QĐ-SKHCN)")
                        .param("evidence", "Biên bản kiểm tra hồ sơ thực hiện; nhật ký thí nghiệm")
                        .param("decisionNumber", "17/QĐ-SKHCN")
                        .param("decidedOn", LocalDate.now().toString())
                        .param("recoveryAmount", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "risk.assessed"));

        // then the task is closed, nothing is recovered, and the register and its API say why
        assertThat(executions.task(staff(staffUser), task.taskId()).stage()).isEqualTo(Stage.CLOSED);
        assertThat(register(task))
                .isEqualTo(label(TaskStage.RISK_ACCEPTED))
                .isEqualTo("Không đạt — đã tuân thủ quy trình, chấp nhận rủi ro");
        mvc.perform(get("/api/v1/tasks/" + task.taskId()))
                .andExpect(jsonPath("$.stage").value("RISK_ACCEPTED"));
        Document after = html(page, staffUser);
        assertThat(after.select("#risk-outcome").text())
                .contains("chấp nhận rủi ro")
                .doesNotContain("₫");
        assertThat(after.select("#risk").text()).contains("93/2025/QH15").contains("17/QĐ-SKHCN");
        assertThat(after.select("#risk-form")).isEmpty();

        // and the assessment cannot be recorded twice
        assertThatThrownBy(() -> closure.assessCompliance(staff(staffUser), task.taskId(), compliant(null)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aNonCompliantFailureRecoversAnAmountWithinTheBudgetThenIsLiquidated() throws Exception {
        String staffUser = testUsers.create(Role.STAFF);
        TaskApproved task = failed(LocalDate.of(2026, 2, 1));
        CurrentUser staff = staff(staffUser);

        // an amount is required, whole and within the state budget
        assertThatThrownBy(() -> closure.assessCompliance(staff, task.taskId(), notCompliant(null)))
                .hasFieldOrPropertyWithValue("messageKey", "risk.error.recoveryAmount");
        assertThatThrownBy(
                        () -> closure.assessCompliance(staff, task.taskId(), notCompliant(new BigDecimal("900000001"))))
                .hasFieldOrPropertyWithValue("messageKey", "risk.error.recoveryBeyondBudget");

        // when STAFF records 250 million to recover
        assertThat(closure.assessCompliance(staff, task.taskId(), notCompliant(new BigDecimal("250000000"))))
                .isEqualTo(RiskOutcome.RECOVERY);

        // then the register says funds are being recovered, the page shows the amount in đồng
        assertThat(register(task)).isEqualTo(label(TaskStage.FUNDS_RECOVERY));
        assertThat(html("/execution/tasks/" + task.taskId(), staffUser)
                        .select("#risk-outcome")
                        .text())
                .contains("250.000.000 ₫");

        // and once the contract is liquidated the task is liquidated
        closure.liquidate(staff, task.taskId(), "09/BB-TLHĐ", LocalDate.now(), "Đã thu hồi");
        assertThat(register(task)).isEqualTo(label(TaskStage.LIQUIDATED));
    }

    @Test
    void aTaskApprovedBeforeTheLawStaysOnTheOldRulesAndHasNoRiskAcceptance() throws Exception {
        String staffUser = testUsers.create(Role.STAFF);
        TaskApproved task = failed(LocalDate.of(2025, 9, 30));
        CurrentUser staff = staff(staffUser);
        assertThat(html("/execution/tasks/" + task.taskId(), staffUser)
                        .select("#risk")
                        .text())
                .contains("trước 01/10/2025");

        // compliant, but under the old rules: an amount to recover is still asked for
        assertThatThrownBy(() -> closure.assessCompliance(staff, task.taskId(), compliant(null)))
                .hasFieldOrPropertyWithValue("messageKey", "risk.error.oldRulesRecover");
        assertThat(closure.assessCompliance(staff, task.taskId(), compliant(new BigDecimal("100000000"))))
                .isEqualTo(RiskOutcome.RECOVERY);
        assertThat(register(task)).isEqualTo(label(TaskStage.FUNDS_RECOVERY));
    }

    @Test
    void theFormsHintAndFieldsComeFromTheRiskVersionInForceOnTheApproval() throws Exception {
        // given two failed tasks, one approved under each version of rule risk-acceptance
        String staffUser = testUsers.create(Role.STAFF);
        TaskApproved before = failed(LocalDate.of(2025, 9, 1));
        TaskApproved after = failed(LocalDate.of(2026, 1, 10));

        // when STAFF opens the assessment form of the task approved before the 2025 law
        Document old = html("/execution/tasks/" + before.taskId(), staffUser);

        // then the hint names the old version with its dates, and the amount to recover is required
        assertThat(old.select("#risk-rule").text())
                .isEqualTo("Căn cứ: Nhiệm vụ không đạt theo Luật Khoa học và công nghệ 29/2013/QH13"
                        + " (Luật Khoa học và công nghệ số 29/2013/QH13), áp dụng cho nhiệm vụ phê duyệt"
                        + " từ 01/01/2014 và trước 01/10/2025.");
        assertThat(old.select("#risk-help").text()).contains("không áp dụng chấp nhận rủi ro");
        assertThat(old.select("#riskRecovery").hasAttr("required")).isTrue();
        assertThat(old.select("#riskRecoveryHint").text()).startsWith("Bắt buộc");

        // when STAFF opens the form of the task approved under the 2025 law
        Document current = html("/execution/tasks/" + after.taskId(), staffUser);

        // then the hint is art. 9's version, and the amount may be left empty for a compliant task
        assertThat(current.select("#risk-rule").text())
                .startsWith("Căn cứ: Chấp nhận rủi ro trong nghiên cứu (Luật 93/2025/QH15, Điều 9)")
                .endsWith("áp dụng cho nhiệm vụ phê duyệt từ 01/10/2025.");
        assertThat(current.select("#risk-help").text()).contains("được chấp nhận rủi ro");
        assertThat(current.select("#riskRecovery").hasAttr("required")).isFalse();
    }

    @Test
    void onlyStaffAssessesAndHostileInputIsRefusedInVietnamese() throws Exception {
        TaskApproved task = failed(LocalDate.of(2026, 3, 1));
        String path = "/staff/execution/tasks/" + task.taskId() + "/risk-assessment";
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        mvc.perform(post(path)
                        .with(user(testUsers.principal(member)))
                        .with(csrf())
                        .param("compliant", "yes"))
                .andExpect(status().isForbidden());

        String staffUser = testUsers.create(Role.STAFF);
        // no choice made: the page comes back with the reason, nothing recorded
        mvc.perform(post(path)
                        .with(user(testUsers.principal(staffUser)))
                        .with(csrf())
                        .param("compliant", "maybe")
                        .param("assessors", "A")
                        .param("evidence", "B")
                        .param("decisionNumber", "1/QĐ")
                        .param("decidedOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("problem", "risk.error.compliant"));
        // money that is not money is a 400, never a 500
        int code = mvc.perform(post(path)
                        .with(user(testUsers.principal(staffUser)))
                        .with(csrf())
                        .param("compliant", "no")
                        .param("assessors", "A")
                        .param("evidence", "B")
                        .param("decisionNumber", "1/QĐ")
                        .param("decidedOn", LocalDate.now().toString())
                        .param("recoveryAmount", "mười triệu"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(code).isEqualTo(400);
        assertThat(register(task)).isEqualTo(label(TaskStage.NOT_ACCEPTED));
    }

    /** A task approved on {@code decidedOn}, contracted, and found failed by its acceptance council. */
    private TaskApproved failed(LocalDate decidedOn) {
        return FailedTasks.failed(calls, dossiers, tasks, executions, testUsers.organisation(), decidedOn);
    }

    private static RiskAssessmentData compliant(BigDecimal recovery) {
        return new RiskAssessmentData(
                true, "Tổ kiểm tra của Sở", "Biên bản kiểm tra", "20/QĐ-SKHCN", LocalDate.now(), recovery);
    }

    private static RiskAssessmentData notCompliant(BigDecimal recovery) {
        return new RiskAssessmentData(
                false, "Tổ kiểm tra của Sở", "Chi sai nội dung được duyệt", "21/QĐ-SKHCN", LocalDate.now(), recovery);
    }

    private String register(TaskApproved task) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/tasks").param("size", "100"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        return page.select("#tasks tr:contains(" + task.code() + ") .task-stage")
                .text();
    }

    private String label(TaskStage stage) {
        return messages.getMessage("task.stage." + stage.name(), null, VI);
    }

    private Document html(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(testUsers.principal(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private CurrentUser staff(String username) {
        return new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.STAFF), null);
    }
}
