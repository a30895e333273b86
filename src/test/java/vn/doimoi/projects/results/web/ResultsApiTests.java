package vn.doimoi.projects.results.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.results.RegisteredResults;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.results.ResultUses;

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
        UUID result = RegisteredResults.registered(
                executions,
                resultRegistration,
                host,
                LocalDate.of(2026, 1, 1),
                "Quy trình ủ phân hữu cơ từ rơm rạ",
                "88/2026/GCN-KQNV");
        CurrentUser staff = RegisteredResults.STAFF;
        CurrentUser member = RegisteredResults.member(host);
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
