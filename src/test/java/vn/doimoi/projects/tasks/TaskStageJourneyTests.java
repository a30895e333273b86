package vn.doimoi.projects.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.execution.ContractTerms;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.selection.ApprovedTasks;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;

/**
 * Issue 18 item 1: a task walked from approval to liquidation shows its stage, step by step, on the
 * public register, its public page, STAFF's task list and the open-data API, and the register's
 * filter finds it at that stage only.
 */
@DoimoiSpringTest
class TaskStageJourneyTests {

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
    ResultRegistration resultRegistration;

    @Autowired
    Closure closure;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MessageSource messages;

    @Test
    void aTaskShowsEachStageFromApprovalToLiquidationEverywhere() throws Exception {
        // given a task approved for a host organisation, which part 2 heard of
        UUID host = testUsers.organisation();
        TaskApproved approved = ApprovedTasks.approved(calls, dossiers, tasks, host);
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        CurrentUser staff = actor("canbo-stage", Role.STAFF, null);
        CurrentUser hostMember = actor("chunhiem-stage", Role.ORG_MEMBER, host);
        String staffUser = testUsers.create(Role.STAFF);
        shows(approved, staffUser, TaskStage.AWAITING_CONTRACT);

        // when the contract is drafted it still waits for signature; once signed it is contracted
        ContractTerms suggested = executions.suggestedTerms(staff, task);
        LocalDate start = LocalDate.now().minusMonths(7);
        executions.draftContract(
                staff,
                task,
                new ContractTerms(
                        suggested.number(),
                        start,
                        start.plusMonths(12),
                        suggested.fundingMode(),
                        suggested.stateBudget(),
                        suggested.otherBudget(),
                        6,
                        "Báo cáo 6 tháng một lần",
                        suggested.tranches()));
        shows(approved, staffUser, TaskStage.AWAITING_CONTRACT);
        executions.signContract(staff, task, start);
        shows(approved, staffUser, TaskStage.CONTRACTED);

        // when the host hands in its first progress report the task is in execution
        UUID report = executions.task(staff, task).reports().get(0).id();
        executions.submitReport(hostMember, task, report, "Đã nhân giống lô đầu", 40);
        shows(approved, staffUser, TaskStage.IN_EXECUTION);

        // when the acceptance dossier is in, then the council passes every product
        executions.submitAcceptance(
                hostMember,
                task,
                "Báo cáo tổng hợp",
                "Báo cáo tóm tắt",
                "Báo cáo tài chính",
                "Đạt",
                List.of(),
                SignedTasks.CONTRIBUTIONS);
        shows(approved, staffUser, TaskStage.UNDER_ACCEPTANCE);
        ProductGrades passed = new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED);
        UUID product = approved.products().get(0).productId();
        executions.concludeAcceptance(staff, task, Map.of(product, passed), Grade.PASSED, "Đạt yêu cầu");
        shows(approved, staffUser, TaskStage.ACCEPTED);

        // when its result is registered, and at last the contract liquidated
        resultRegistration.submitResult(
                hostMember,
                task,
                new ResultRegistration.ResultInput(
                        "Quy trình nhân giống sen đá",
                        "Tóm tắt kết quả",
                        "ThS. Trần Thị B",
                        "sen đá, nuôi cấy mô",
                        "Các nhà vườn"),
                List.of());
        resultRegistration.registerResult(staff, task, "31/2026/KQNV", LocalDate.now());
        shows(approved, staffUser, TaskStage.RESULT_REGISTERED);
        closure.liquidate(staff, task, "05/BB-TLHĐ", LocalDate.now(), "");
        shows(approved, staffUser, TaskStage.LIQUIDATED);
    }

    @Test
    void anUnknownStageInTheFilterIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("stage", "DONE")).andExpect(status().isBadRequest());
        mvc.perform(get("/tasks").param("stage", "<script>")).andExpect(status().isBadRequest());
    }

    /** The stage's label on the public list, the task's page and STAFF's list; its code in the API. */
    private void shows(TaskApproved task, String staffUser, TaskStage stage) throws Exception {
        String label = messages.getMessage("task.stage." + stage.name(), null, java.util.Locale.forLanguageTag("vi"));
        String id = task.taskId().toString();

        Document register = html(get("/tasks").param("size", "100"));
        assertThat(rowOf(register, "#tasks", task.code()).select(".task-stage").text())
                .as("public register at %s", stage)
                .isEqualTo(label);
        Document filtered = html(get("/tasks").param("stage", stage.name()).param("size", "100"));
        assertThat(filtered.select("#tasks").text()).contains(task.code());
        for (TaskStage other : TaskStage.PUBLIC) {
            if (other != stage) {
                assertThat(html(get("/tasks").param("stage", other.name()).param("size", "100"))
                                .select("#tasks")
                                .text())
                        .as("filter %s while at %s", other, stage)
                        .doesNotContain(task.code());
            }
        }

        assertThat(html(get("/tasks/" + id)).select("#task-state").text()).isEqualTo(label);
        Document staffList = html(get("/staff/tasks").with(user(testUsers.principal(staffUser))));
        assertThat(rowOf(staffList, "#staff-tasks", task.code())
                        .select(".task-stage")
                        .text())
                .as("STAFF's list at %s", stage)
                .isEqualTo(label);
        assertThat(html(get("/staff/tasks/" + id).with(user(testUsers.principal(staffUser))))
                        .select("#task-state")
                        .text())
                .isEqualTo(label);

        mvc.perform(get("/api/v1/tasks/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(task.code()))
                .andExpect(jsonPath("$.stage").value(stage.name()));
        mvc.perform(get("/api/v1/tasks").param("stage", stage.name()).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].stage").value(stage.name()));
    }

    private Document html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return Jsoup.parse(body);
    }

    private static Element rowOf(Document page, String table, String code) {
        return page.select(table + " tbody tr").stream()
                .filter(row -> row.text().contains(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + table));
    }

    private static CurrentUser actor(String name, Role role, UUID organisation) {
        return new CurrentUser(new UserId(UUID.randomUUID()), name, EnumSet.of(role), organisation);
    }
}
