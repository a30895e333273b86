package vn.doimoi.projects.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.SupervisionTests;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.execution.TaskExecutionsTests;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.rules.ConflictKind;

/**
 * The acceptance council runs on the one council engine: it is a council of the engine's tables,
 * sanctions keep an expert off it as off every council, and what officials read of it (its pages,
 * the minutes) carries no note meant for the developers of the rules.
 */
@DoimoiSpringTest
class AcceptanceOnTheEngineTests {

    /** The developers' notes that must never reach an official page or document (lower case). */
    static final List<String> INTERNAL_MARKERS = List.of(
            "chưa đối chiếu",
            "chưa được đối chiếu",
            "cần kiểm tra trước khi áp dụng",
            "unverified",
            "not checked against",
            "not verified",
            "check them before official use");

    @Autowired
    TaskExecutions executions;

    @Autowired
    AcceptanceCouncils acceptance;

    @Autowired
    Councils councils;

    @Autowired
    Directory directory;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final CurrentUser canbo = TaskExecutionsTests.staff("canbo-nghiemthu");
    private AcceptanceFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AcceptanceFixture(executions, directory, canbo);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAcceptanceCouncilIsACouncilOfTheEngineWithItsMembersSeated() {
        UUID host = testUsers.organisation();
        UUID task = fixture.underAcceptance(host).taskId();
        List<UUID> experts = fixture.experts(5, null);

        acceptance.form(canbo, task, "430/QĐ-SKHCN", AcceptanceFixture.seats(experts));

        assertThat(jdbc.queryForObject(
                        "select kind || ' ' || state || ' ' || rule_set_id from projects.council where task_id = ?",
                        String.class,
                        task))
                .isEqualTo(
                        "ACCEPTANCE IN_SESSION HĐ-ND267-2025"); // a task approved in 2026: the 2025 version (ADR 0051)
        assertThat(jdbc.queryForList(
                        "select m.person_id from projects.council_member m join projects.council c"
                                + " on c.id = m.council_id where c.task_id = ? order by m.position",
                        UUID.class,
                        task))
                .containsExactlyElementsOf(experts);
    }

    @Test
    void aSanctionedExpertIsNeitherEligibleNorSeatedOnAnAcceptanceCouncil() {
        // given a task under acceptance and an outside expert with a sanction not yet served
        UUID host = testUsers.organisation();
        UUID task = fixture.underAcceptance(host).taskId();
        List<UUID> experts = fixture.experts(5, null);
        UUID sanctioned = experts.get(0);
        signInAs(testUsers.create(Role.STAFF));
        councils.recordSanction(
                sanctioned,
                "Vi phạm quy định về liêm chính khoa học",
                LocalDate.now().plusYears(1));

        // then the candidates list shows the sanction, and the council cannot seat the expert
        assertThat(acceptance.candidates(canbo, task))
                .filteredOn(c -> c.personId().equals(sanctioned))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.eligible()).isFalse();
                    assertThat(c.conflicts()).contains(ConflictKind.SANCTIONED);
                });
        assertThatThrownBy(() -> acceptance.form(canbo, task, "431/QĐ-SKHCN", AcceptanceFixture.seats(experts)))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.conflict");
        assertThat(acceptance.view(canbo, task)).isNull();

        // and without the sanctioned expert the council is formed
        List<UUID> others = new ArrayList<>(experts.subList(1, 5));
        others.add(0, fixture.experts(1, null).get(0));
        acceptance.form(canbo, task, "431/QĐ-SKHCN", AcceptanceFixture.seats(others));
        assertThat(acceptance.view(canbo, task).seats())
                .extracting(AcceptanceCouncils.SeatView::personId)
                .doesNotContain(sanctioned);
    }

    @Test
    void theCouncilPagesAndTheMinutesCarryNoNoteForTheRulesDevelopers() throws Exception {
        // given a council with one member who signs in, and a STAFF user
        UUID host = testUsers.organisation();
        TaskApproved approved = fixture.underAcceptance(host);
        UUID task = approved.taskId();
        String expert = testUsers.create(Role.EXPERT);
        String staff = testUsers.create(Role.STAFF);
        List<UUID> people = new ArrayList<>(fixture.experts(4, null));
        people.add(1, fixture.linkedExpert(expert));
        acceptance.form(canbo, task, "432/QĐ-SKHCN", AcceptanceFixture.seats(people));
        CurrentUser member = new CurrentUser(testUsers.id(expert), expert, EnumSet.of(Role.EXPERT), null);
        acceptance.declare(member, task);
        String memberPage = "/execution/councils/" + task;
        String taskPage = "/execution/tasks/" + task;

        // when the pages are read while the council scores
        List<String> read = new ArrayList<>();
        read.add(page(expert, memberPage));
        read.add(page(expert, "/councils"));
        read.add(page(staff, taskPage));
        read.add(page(staff, "/councils"));

        // and after the council concluded from its sheets, with the minutes
        Map<UUID, ProductGrades> passed = Map.of(
                approved.products().get(0).productId(),
                new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED),
                approved.products().get(1).productId(),
                new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED));
        acceptance.submitMySheet(member, task, passed, Grade.PASSED, "Đạt");
        for (UUID person : List.of(people.get(0), people.get(2), people.get(3))) {
            acceptance.recordSheet(canbo, task, person, passed, Grade.PASSED, "Phiếu giấy");
        }
        assertThat(acceptance.conclude(canbo, task, "Hội đồng thống nhất.")).isEqualTo(Grade.PASSED);
        read.add(page(expert, memberPage));
        read.add(page(staff, taskPage));
        MockHttpServletResponse minutes = get(staff, taskPage + "/minutes.pdf");
        assertThat(minutes.getStatus()).isEqualTo(200);
        String minutesText = SupervisionTests.pdfText(minutes.getContentAsByteArray());
        read.add(minutesText);

        // then each was really read, and none carries a marker
        assertThat(read.get(0)).contains("432/QĐ-SKHCN").contains("Nghị định 267/2025/NĐ-CP");
        assertThat(read.get(2)).contains("432/QĐ-SKHCN");
        assertThat(minutesText).contains("432/QĐ-SKHCN").contains("Đạt");
        for (String text : read) {
            String lower = text.toLowerCase(Locale.forLanguageTag("vi"));
            for (String marker : INTERNAL_MARKERS) {
                assertThat(lower).as("marker «%s»", marker).doesNotContain(marker);
            }
        }
    }

    @Test
    void staffFormsTheCouncilFromTheBoundFormAndAnUnknownGradeIsRefusedWithAMessage() throws Exception {
        // given a task under acceptance, five experts and a STAFF user
        UUID host = testUsers.organisation();
        TaskApproved approved = fixture.underAcceptance(host);
        UUID task = approved.taskId();
        List<UUID> experts = fixture.experts(5, null);
        String staff = testUsers.create(Role.STAFF);
        String council = "/staff/execution/tasks/" + task + "/council";

        // when STAFF posts the formation without a decision, then with one and a role for each expert
        assertThat(post(staff, council, Map.of("roles[" + experts.get(0) + "]", "CHAIR"))
                        .getFlashMap()
                        .get("problem"))
                .isEqualTo("acceptance.council.error.decision");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("decisionNumber", "433/QĐ-SKHCN");
        AcceptanceFixture.seats(experts).forEach((person, role) -> form.put("roles[" + person + "]", role.name()));
        form.put("roles[" + fixture.experts(1, null).get(0) + "]", "");
        MvcResult formed = post(staff, council, form);

        // then the council is formed with the five experts chosen, in their roles
        assertThat(formed.getResponse().getRedirectedUrl()).isEqualTo("/execution/tasks/" + task);
        assertThat(formed.getFlashMap().get("notice")).isEqualTo("acceptance.council.formed");
        assertThat(acceptance.view(canbo, task).seats())
                .extracting(AcceptanceCouncils.SeatView::role)
                .containsExactly(AcceptanceFixture.FIVE_SEATS);

        // and a paper sheet with an unknown grade is refused with a message, not an error, and not kept
        Map<String, String> sheet = new java.util.LinkedHashMap<>();
        for (var product : approved.products()) {
            for (String criterion : List.of("quantity", "volume", "quality")) {
                sheet.put("grades[" + product.productId() + "]." + criterion, "PASSED");
            }
        }
        sheet.put("grades[" + approved.products().get(0).productId() + "].quality", "TUYET_VOI");
        sheet.put("reportGrade", "PASSED");
        MvcResult refused = post(staff, council + "/sheets/" + experts.get(0), sheet);
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getFlashMap().get("problem")).isEqualTo("acceptance.error.everyProduct");
        assertThat(acceptance.view(canbo, task).sheets()).isZero();
    }

    private MvcResult post(String username, String path, Map<String, String> params) throws Exception {
        var request = MockMvcRequestBuilders.post(path)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(user(testUsers.principal(username)));
        params.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private String page(String username, String path) throws Exception {
        MockHttpServletResponse response = get(username, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse get(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(testUsers.principal(username))))
                .andReturn()
                .getResponse();
    }

    private void signInAs(String username) {
        UserDetails principal = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
