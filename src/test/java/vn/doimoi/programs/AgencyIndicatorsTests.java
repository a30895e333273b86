package vn.doimoi.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.programs.monitoring.AssignmentData;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring;

/** An agency's report form offers only the indicators of its assignment's task group, and takes no others. */
@DoimoiSpringTest
class AgencyIndicatorsTests {

    static final UUID PROGRAMME = ProgrammeMonitoringTests.PROGRAMME;
    static final UUID BUDGET_SHARE = ProgrammeMonitoringTests.BUDGET_SHARE;
    static final String BUDGET_SHARE_NAME =
            "Tỷ lệ chi ngân sách cho khoa học và công nghệ trên tổng chi ngân sách tỉnh";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ProgrammeMonitoring monitoring;

    @Test
    void theBudgetAgencySeesTheBudgetShareAndAnotherAgencyDoesNot() throws Exception {
        // given one agency assigned the budget follow-up (task group 4) and another the communication (task group 1)
        Agency budget = agencyAssigned(4);
        Agency communication = agencyAssigned(1);

        // when each opens its report form
        String budgetForm = body(form(budget));
        String communicationForm = body(form(communication));

        // then only the budget agency is asked for the budget share and its two figures
        assertThat(budgetForm).contains(BUDGET_SHARE_NAME).contains("numerator-" + BUDGET_SHARE);
        assertThat(communicationForm).doesNotContain(BUDGET_SHARE_NAME).doesNotContain("numerator-" + BUDGET_SHARE);
    }

    @Test
    void aFigureForAnIndicatorNotAssignedToTheAgencyIsNotTaken() throws Exception {
        // given an agency assigned task group 1
        Agency communication = agencyAssigned(1);

        // when it posts budget figures it was never asked for
        MockHttpServletResponse response = mvc.perform(
                        post("/programs/reports/assignments/" + communication.assignment() + "/new")
                                .param("period", "2026")
                                .param("progress", "IN_PROGRESS")
                                .param("narrative", "Đã tổ chức 12 buổi tuyên truyền.")
                                .param("figures[numerator-" + BUDGET_SHARE + "]", "900.000")
                                .param("figures[denominator-" + BUDGET_SHARE + "]", "1.000.000")
                                .with(csrf())
                                .with(user(testUsers.principal(communication.username()))))
                .andReturn()
                .getResponse();

        // then the report is filed without them
        assertThat(response.getStatus()).isEqualTo(302);
        List<ReportView> reports = monitoring.reportsOf(communication.actor(), communication.assignment());
        assertThat(reports)
                .singleElement()
                .satisfies(report -> assertThat(report.values()).isEmpty());
    }

    private record Agency(UUID assignment, String username, CurrentUser actor) {}

    private Agency agencyAssigned(int taskGroup) {
        UUID agency = testUsers.agency();
        String username = testUsers.create(Role.AGENCY, agency);
        UUID assignment = monitoring.assign(new AssignmentData(
                monitoring.programme(PROGRAMME).taskGroups().get(taskGroup - 1).id(),
                "Nhiệm vụ nhóm " + taskGroup + " "
                        + UUID.randomUUID().toString().substring(0, 6),
                null,
                agency,
                Set.of(),
                null,
                Recurrence.ANNUAL,
                LocalDate.of(2026, 1, 1),
                null));
        return new Agency(
                assignment,
                username,
                new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.AGENCY), agency));
    }

    private MockHttpServletResponse form(Agency agency) throws Exception {
        return mvc.perform(get("/programs/reports/assignments/" + agency.assignment() + "/new?period=2026")
                        .with(user(testUsers.principal(agency.username()))))
                .andReturn()
                .getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
