package vn.doimoi.projects.results.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ContractTerms;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.results.ResultUses;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;

/** The open-data API of results: registered results only, confirmed uses only, errors as ProblemDetail. */
@DoimoiSpringTest
class ResultsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskExecutions executions;

    @Autowired
    ResultUses resultUses;

    @Autowired
    ResultRegistration resultRegistration;

    @Autowired
    TestUsers testUsers;

    @Test
    void aRegisteredResultAndItsConfirmedUseAreOpenData() throws Exception {
        UUID result = registeredResultWithOneConfirmedAndOneUnconfirmedUse();

        mvc.perform(get("/api/v1/results/" + result))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificateNumber").value("88/2026/GCN-KQNV"))
                .andExpect(jsonPath("$.classification").value("PASSED"))
                .andExpect(jsonPath("$.uses.length()").value(1))
                .andExpect(jsonPath("$.uses[0].place").value("Xã Tân Thạnh"))
                .andExpect(jsonPath("$.uses[0].savings").value(50000000));
        mvc.perform(get("/api/v1/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + result + "')].title").value("Quy trình ủ phân hữu cơ từ rơm rạ"));
    }

    @Test
    void anUnknownResultIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/results/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private UUID registeredResultWithOneConfirmedAndOneUnconfirmedUse() {
        UUID host = testUsers.organisation();
        UUID product = UUID.randomUUID();
        TaskApproved approved = new TaskApproved(
                UUID.randomUUID(),
                "ĐT.API." + UUID.randomUUID().toString().substring(0, 4),
                "Nghiên cứu ủ phân hữu cơ từ rơm rạ",
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.DIRECT_ASSIGNMENT,
                host,
                null,
                null,
                List.of("401"),
                List.of(new ApprovedProduct(
                        product, "Quy trình ủ phân", "01", List.of(new ProductSpec("Thời gian ủ", "ngày", "≤ 45")))),
                new BigDecimal("400000000"),
                BigDecimal.ZERO,
                12,
                "7/QĐ-UBND",
                LocalDate.of(2026, 1, 1));
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        CurrentUser staff = new CurrentUser(new UserId(UUID.randomUUID()), "canbo-api", EnumSet.of(Role.STAFF), null);
        CurrentUser member =
                new CurrentUser(new UserId(UUID.randomUUID()), "host-api", EnumSet.of(Role.ORG_MEMBER), host);
        ContractTerms terms = executions.suggestedTerms(staff, task);
        executions.draftContract(staff, task, terms);
        executions.signContract(staff, task, terms.startOn());
        executions.submitAcceptance(member, task, "Báo cáo", "Tóm tắt", "Tài chính", "Tự đánh giá", List.of());
        ProductGrades passed = new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED);
        executions.concludeAcceptance(staff, task, Map.of(product, passed), Grade.PASSED, null);
        UUID result = resultRegistration.submitResult(
                member,
                task,
                new ResultRegistration.ResultInput(
                        "Quy trình ủ phân hữu cơ từ rơm rạ", "Tóm tắt", "TS. Lê Văn C", "", "Nông hộ"),
                List.of());
        resultRegistration.registerResult(staff, task, "88/2026/GCN-KQNV", LocalDate.of(2026, 11, 1));
        UUID confirmed = resultUses.reportUse(
                member,
                result,
                new ResultUses.UseInput(
                        null,
                        "HTX Nông nghiệp Tân Thạnh",
                        "Xã Tân Thạnh",
                        2026,
                        "30 ha",
                        "Giảm 20% phân bón hoá học",
                        null,
                        new BigDecimal("50000000")));
        resultUses.confirmUse(staff, confirmed);
        resultUses.reportUse(
                member,
                result,
                new ResultUses.UseInput(null, "HTX khác", "Xã khác", 2026, "5 ha", "Chưa xác nhận", null, null));
        return result;
    }
}
