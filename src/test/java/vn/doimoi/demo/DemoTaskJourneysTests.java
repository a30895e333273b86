package vn.doimoi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskJourneyImport;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.selection.ApprovedTasks;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;
import vn.doimoi.projects.tasks.TaskRepository;

/**
 * The demo's tasks under the 2025 law (issue 19): once part 1 has approved the demo's tasks, the
 * demo's journeys take one to a failed acceptance closed under risk acceptance and another to a
 * registered result licensed with the authors' share; STAFF and the public see both.
 */
@DoimoiSpringTest
class DemoTaskJourneysTests {

    @Autowired
    TaskJourneyImport journeys;

    @Autowired
    TaskExecutions executions;

    @Autowired
    CallRepository calls;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    TaskRepository tasks;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoTakesOne2025TaskToRiskAcceptanceAndAnotherToACommercialisedResult() throws Exception {
        // given the demo's first and third tasks approved in 2026, as part 1 of the demo approves them
        TaskApproved researched = approved(
                DemoTaskJourney.DEMO_TASK_TITLE + " tại ruộng", LocalDate.of(2026, 5, 16), testUsers.organisation());
        TaskApproved failed = approved(DemoFailedTask.TITLE, LocalDate.of(2026, 4, 27), null);

        // when the demo's journeys run
        new DemoTaskJourney(journeys).run(null);

        // then the public register shows the failed task closed under risk acceptance
        Document register = page("/tasks?size=100", null);
        assertThat(stage(register, failed)).isEqualTo("Không đạt — đã tuân thủ quy trình, chấp nhận rủi ro");
        assertThat(stage(register, researched)).isNotBlank().isNotEqualTo(stage(register, failed));

        // and STAFF sees, on its page, the assessment under art. 9 with nothing to recover
        String canbo = testUsers.create(Role.STAFF);
        Document failedPage = page("/execution/tasks/" + failed.taskId(), canbo);
        assertThat(failedPage.select("#task-stage").text())
                .isEqualTo("Không đạt — đã tuân thủ quy trình, chấp nhận rủi ro");
        assertThat(failedPage.select("#risk").text()).contains("93/2025/QH15").contains("642/QĐ-SKHCN");
        assertThat(failedPage.select("#risk-outcome").text()).doesNotContain("₫");

        // and the registered result's public page lists the licence with the authors' and intermediaries' shares
        Element link = page("/execution/tasks/" + researched.taskId(), canbo).selectFirst("#public-result");
        assertThat(link).isNotNull();
        Document result = page(link.attr("href"), null);
        assertThat(result.select("h1").text()).contains("Chế phẩm vi sinh phân giải rơm rạ");
        assertThat(result.select("#commercialisations tbody tr").text())
                .contains("Công ty TNHH Phân bón hữu cơ Đồng Tháp Mười")
                .contains("1.200.000.000 ₫")
                .contains("120.000.000 ₫")
                .contains("40.000.000 ₫");
    }

    private TaskApproved approved(String title, LocalDate decidedOn, @Nullable UUID adopter) {
        TaskApproved approved =
                ApprovedTasks.approved(calls, dossiers, tasks, testUsers.organisation(), decidedOn, title, adopter);
        executions.taskApproved(approved);
        return approved;
    }

    private static String stage(Document register, TaskApproved task) {
        return register.select("#tasks tr:contains(" + task.code() + ") .task-stage")
                .text();
    }

    private Document page(String path, @Nullable String username) throws Exception {
        var request = get(path);
        if (username != null) {
            request = request.with(user(testUsers.principal(username)));
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
