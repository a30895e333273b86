package vn.doimoi.projects.execution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.execution.ContractTerms;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.execution.TaskExecutionsTests;

/**
 * The contract form posted as the browser posts it: its tranche rows by index ({@code tranches[0].amount}),
 * money typed the Vietnamese way. Nothing else posted this form, and it answered 500 once.
 */
@DoimoiSpringTest
class ContractFormPostTests {

    @Autowired
    TaskExecutions executions;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MockMvc mvc;

    @Test
    void aDraftPostedWithItsTrancheRowsIsSavedWithThem() throws Exception {
        // given an approved task and the terms the form suggests, started two months ago
        String staff = testUsers.create(Role.STAFF);
        UUID task = SignedTasks.approved(executions, testUsers.organisation());
        ContractForm suggested = ContractForm.of(executions.suggestedTerms(staff(staff), task));
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(2);
        assertThat(suggested.tranches()).hasSizeGreaterThanOrEqualTo(2);

        // when STAFF posts it with a changed first amount and an empty extra row
        int empty = suggested.tranches().size();
        MockHttpServletRequestBuilder form = contractPost(
                staff,
                task,
                suggested,
                start,
                Map.of(
                        "tranches[0].amount",
                        "200.000.000",
                        "tranches[" + empty + "].number",
                        Integer.toString(empty + 1),
                        "tranches[" + empty + "].amount",
                        ""));
        mvc.perform(form)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "contract.drafted"));

        // then the draft holds the dates and the rows as typed, the empty row left out
        ContractTerms saved = executions.task(staff(staff), task).contract().terms();
        assertThat(saved.startOn()).isEqualTo(start);
        assertThat(saved.tranches()).hasSize(suggested.tranches().size());
        assertThat(saved.tranches().get(0).amount()).isEqualByComparingTo("200000000");
    }

    @Test
    void hostileRowsComeBackAsAVietnameseRefusalNeverA500() throws Exception {
        // given an approved task
        String staff = testUsers.create(Role.STAFF);
        UUID task = SignedTasks.approved(executions, testUsers.organisation());
        ContractForm suggested = ContractForm.of(executions.suggestedTerms(staff(staff), task));
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        // when a row's amount is not money, the form comes back with the reason in Vietnamese
        MockHttpServletRequestBuilder notMoney =
                contractPost(staff, task, suggested, start, Map.of("tranches[0].amount", "hai trăm triệu"));
        String page = mvc.perform(notMoney)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"contract-form\"").contains("hai trăm triệu");

        // and a row at an absurd index, or one that is not a number, is refused without a 500
        for (String index : new String[] {"100000", "-1", "x"}) {
            MockHttpServletRequestBuilder absurd =
                    contractPost(staff, task, suggested, start, Map.of("tranches[" + index + "].amount", "1.000.000"));
            int code = mvc.perform(absurd).andReturn().getResponse().getStatus();
            assertThat(code).as("tranches[%s]", index).isLessThan(500);
        }
        assertThat(executions.task(staff(staff), task).contract()).isNull();
    }

    /** The suggested form as the browser posts it, with some fields typed over. */
    private MockHttpServletRequestBuilder contractPost(
            String staff, UUID task, ContractForm suggested, LocalDate start, Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", suggested.number());
        fields.put("startOn", start.toString());
        fields.put("endOn", start.plusMonths(12).toString());
        fields.put("fundingMode", suggested.fundingMode());
        fields.put("stateBudget", suggested.stateBudget());
        fields.put("otherBudget", suggested.otherBudget());
        fields.put("reportEveryMonths", "6");
        fields.put("obligations", "Báo cáo 6 tháng một lần");
        fields.put("reason", "");
        for (int i = 0; i < suggested.tranches().size(); i++) {
            ContractForm.Row row = suggested.tranches().get(i);
            fields.put("tranches[" + i + "].number", Integer.toString(row.number()));
            fields.put("tranches[" + i + "].amount", row.amount());
            fields.put("tranches[" + i + "].productId", row.productId());
            fields.put("tranches[" + i + "].plannedOn", row.plannedOn());
        }
        fields.putAll(typed);
        MockHttpServletRequestBuilder form = post("/staff/execution/tasks/" + task + "/contract")
                .with(user(testUsers.principal(staff)))
                .with(csrf());
        fields.forEach(form::param);
        return form;
    }

    private static CurrentUser staff(String username) {
        return TaskExecutionsTests.staff(username);
    }
}
