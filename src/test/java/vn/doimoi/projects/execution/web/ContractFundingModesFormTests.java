package vn.doimoi.projects.execution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.execution.TaskExecutionsTests;
import vn.doimoi.rules.book.DraftEdit;
import vn.doimoi.rules.book.RuleDrafts;

/**
 * Issue 19: the contract form offers the funding modes of the task's rule version (kind
 * {@code funding-modes}), read from the task's approval day; a mode that version does not offer, posted
 * anyway, is refused on the form in Vietnamese and nothing is drafted. The old version (Decree 95/2014)
 * and the 2025 one offer both lump sums; the version STAFF publishes here, decades ahead so no other test
 * meets it, offers the lump sum to the final product only.
 */
@DoimoiSpringTest
class ContractFundingModesFormTests {

    private static final List<String> BOTH = List.of("LUMP_SUM_TO_FINAL_PRODUCT", "PARTIAL_LUMP_SUM");

    @Autowired
    TaskExecutions executions;

    @Autowired
    RuleDrafts drafts;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MockMvc mvc;

    @Test
    void theFormOffersTheModesOfTheTasksVersionAndRefusesAnotherInVietnamese() throws Exception {
        String staff = testUsers.create(Role.STAFF);
        CurrentUser canbo = new CurrentUser(testUsers.id(staff), staff, EnumSet.of(Role.STAFF), null);
        drafts.draftFrom(canbo, "funding-modes", "ND265-2025", "KC-2049");
        drafts.edit(
                canbo,
                "funding-modes",
                "KC-2049",
                new DraftEdit(
                        "Phương thức khoán chi (chỉ khoán chi đến sản phẩm cuối cùng)",
                        "Quyết định 1/2049/QĐ-UBND",
                        null,
                        null,
                        Map.of("modes[1].offered", "false"),
                        Map.of("modes[1].offered", "Quyết định 1/2049/QĐ-UBND, Điều 2"),
                        Set.of()),
                drafts.row("funding-modes", "KC-2049").rowVersion());
        drafts.publish(
                canbo,
                "funding-modes",
                "KC-2049",
                LocalDate.of(2049, 1, 1),
                drafts.row("funding-modes", "KC-2049").rowVersion());

        UUID old = SignedTasks.approvedOn(executions, testUsers.organisation(), LocalDate.of(2024, 6, 1));
        UUID of2025 = SignedTasks.approvedOn(executions, testUsers.organisation(), LocalDate.of(2026, 1, 1));
        UUID of2049 = SignedTasks.approvedOn(executions, testUsers.organisation(), LocalDate.of(2049, 1, 1));

        // the old and the 2025 versions offer both lump sums; the one of 2049 the final product only
        assertThat(offered(staff, old)).isEqualTo(BOTH);
        assertThat(offered(staff, of2025)).isEqualTo(BOTH);
        assertThat(offered(staff, of2049)).containsExactly("LUMP_SUM_TO_FINAL_PRODUCT");

        // a partial lump sum posted for the 2049 task comes back on the form, refused, naming the version
        MockHttpServletResponse refused = mvc.perform(contractPost(staff, of2049, "PARTIAL_LUMP_SUM"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Phương thức khoán chi này không được áp dụng cho nhiệm vụ theo quy định KC-2049.");
        assertThat(executions.task(TaskExecutionsTests.staff(staff), of2049).contract())
                .isNull();

        // while the same mode drafts the 2025 task's contract
        MockHttpServletResponse drafted = mvc.perform(contractPost(staff, of2025, "PARTIAL_LUMP_SUM"))
                .andReturn()
                .getResponse();
        assertThat(drafted.getStatus()).isEqualTo(302);
        assertThat(executions
                        .task(TaskExecutionsTests.staff(staff), of2025)
                        .contract()
                        .terms()
                        .fundingMode()
                        .name())
                .isEqualTo("PARTIAL_LUMP_SUM");
    }

    private List<String> offered(String staff, UUID task) throws Exception {
        Document form = Jsoup.parse(
                mvc.perform(get("/staff/execution/tasks/" + task + "/contract").with(user(testUsers.principal(staff))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        return form.select("select#fundingMode option").eachAttr("value");
    }

    private MockHttpServletRequestBuilder contractPost(String staff, UUID task, String mode) {
        ContractForm suggested = ContractForm.of(executions.suggestedTerms(TaskExecutionsTests.staff(staff), task));
        LocalDate start = LocalDate.now().minusMonths(1);
        MockHttpServletRequestBuilder form = post("/staff/execution/tasks/" + task + "/contract")
                .with(user(testUsers.principal(staff)))
                .with(csrf())
                .param("number", suggested.number())
                .param("startOn", start.toString())
                .param("endOn", start.plusMonths(12).toString())
                .param("fundingMode", mode)
                .param("stateBudget", suggested.stateBudget())
                .param("otherBudget", suggested.otherBudget())
                .param("reportEveryMonths", "6")
                .param("obligations", "Báo cáo 6 tháng một lần")
                .param("reason", "");
        for (int i = 0; i < suggested.tranches().size(); i++) {
            ContractForm.Row row = suggested.tranches().get(i);
            form.param("tranches[" + i + "].number", Integer.toString(row.number()))
                    .param("tranches[" + i + "].amount", row.amount())
                    .param("tranches[" + i + "].productId", row.productId())
                    .param("tranches[" + i + "].plannedOn", row.plannedOn());
        }
        return form;
    }
}
