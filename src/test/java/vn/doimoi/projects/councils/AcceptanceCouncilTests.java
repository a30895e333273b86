package vn.doimoi.projects.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ContractTerms;
import vn.doimoi.projects.execution.ExecutionDocuments;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.execution.SupervisionTests;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.execution.TaskExecutionsTests;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.projects.rules.CouncilRole;

/** The acceptance council from formation to the minutes, on the real database. */
@DoimoiSpringTest
class AcceptanceCouncilTests {

    @Autowired
    TaskExecutions executions;

    @Autowired
    AcceptanceCouncils councils;

    @Autowired
    ExecutionDocuments documents;

    @Autowired
    Directory directory;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final CurrentUser canbo = TaskExecutionsTests.staff("canbo-hoidong");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aCouncilOfExpertsScoresOnSheetsAndTheRuleClassifiesTheTaskFromThem() throws Exception {
        // given a task under acceptance and five experts from outside the host
        UUID host = testUsers.organisation();
        TaskApproved approved = underAcceptance(host);
        UUID task = approved.taskId();
        List<UUID> experts = experts(5, null);
        CouncilRole[] roles = {
            CouncilRole.CHAIR, CouncilRole.REVIEWER, CouncilRole.REVIEWER, CouncilRole.SECRETARY, CouncilRole.MEMBER
        };
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        for (int i = 0; i < roles.length; i++) {
            seats.put(experts.get(i), roles[i]);
        }

        // when STAFF forms the council and records four sheets: three Xuất sắc, one Đạt
        councils.form(canbo, task, "412/QĐ-SKHCN", seats);
        UUID p1 = approved.products().get(0).productId();
        UUID p2 = approved.products().get(1).productId();
        for (int i = 0; i < 4; i++) {
            Grade g = i < 3 ? Grade.EXCELLENT : Grade.PASSED;
            councils.recordSheet(
                    canbo,
                    task,
                    experts.get(i),
                    Map.of(p1, new ProductGrades(g, g, g), p2, new ProductGrades(g, g, g)),
                    Grade.PASSED,
                    "Ý kiến thành viên " + (i + 1));
        }
        Grade classification = councils.conclude(canbo, task, "Hội đồng thống nhất.");

        // then the classification comes from the sheets: 3/4 Xuất sắc and no Không đạt
        assertThat(classification).isEqualTo(Grade.EXCELLENT);
        var detail = executions.task(canbo, task);
        assertThat(detail.stage()).isEqualTo(Stage.ACCEPTED);
        assertThat(detail.acceptance().classification()).isEqualTo(Grade.EXCELLENT);
        assertThat(detail.products().get(0).qualityGrade()).isEqualTo(Grade.EXCELLENT);
        var view = councils.view(TaskExecutionsTests.member(host), task);
        assertThat(view.concluded()).isTrue();
        assertThat(view.sheets()).isEqualTo(4);
        assertThat(view.seats()).extracting(AcceptanceCouncils.SeatView::role).containsExactly(roles);

        // and the minutes list the members with their sheets, read back from the PDF
        String text = SupervisionTests.pdfText(documents.minutesPdf(detail, view, Locale.forLanguageTag("vi")));
        assertThat(text).contains("412/QĐ-SKHCN").contains("Chủ tịch").contains("Xuất sắc");
    }

    @Test
    void theHostsOwnPeopleCannotSitAndAFormedCouncilConcludesOnlyFromEnoughSheets() {
        UUID host = testUsers.organisation();
        TaskApproved approved = underAcceptance(host);
        UUID task = approved.taskId();
        UUID insider = experts(1, host).get(0);
        List<UUID> outsiders = experts(5, null);

        // the host's own expert is flagged among the candidates and refused as a member
        assertThat(councils.candidates(canbo, task))
                .filteredOn(c -> c.personId().equals(insider))
                .singleElement()
                .satisfies(c -> assertThat(c.eligible()).isFalse());
        Map<UUID, CouncilRole> withInsider = new LinkedHashMap<>();
        withInsider.put(insider, CouncilRole.CHAIR);
        withInsider.put(outsiders.get(0), CouncilRole.REVIEWER);
        withInsider.put(outsiders.get(1), CouncilRole.REVIEWER);
        withInsider.put(outsiders.get(2), CouncilRole.MEMBER);
        withInsider.put(outsiders.get(3), CouncilRole.MEMBER);
        assertThatThrownBy(() -> councils.form(canbo, task, "413/QĐ-SKHCN", withInsider))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.conflict");

        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        seats.put(outsiders.get(4), CouncilRole.CHAIR);
        outsiders.subList(0, 4).forEach(p -> seats.put(p, CouncilRole.REVIEWER));
        councils.form(canbo, task, "413/QĐ-SKHCN", seats);

        // one sheet of five is not a quorum; a member cannot send two sheets; STAFF cannot bypass the sheets
        UUID p1 = approved.products().get(0).productId();
        UUID p2 = approved.products().get(1).productId();
        Map<UUID, ProductGrades> grades = Map.of(
                p1, new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED),
                p2, new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED));
        councils.recordSheet(canbo, task, outsiders.get(4), grades, Grade.PASSED, "");
        assertThatThrownBy(() -> councils.recordSheet(canbo, task, outsiders.get(4), grades, Grade.PASSED, ""))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.sheetExists");
        assertThatThrownBy(() -> councils.conclude(canbo, task, null))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.quorum");
        assertThatThrownBy(() -> executions.concludeAcceptance(canbo, task, grades, Grade.EXCELLENT, null))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.useSheets");
        assertThatThrownBy(() -> councils.recordSheet(canbo, task, insider, grades, Grade.PASSED, ""))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.notMember");
    }

    @Test
    void aMemberLinkedToTheirAccountDeclaresReadsTheDossierAndScoresOnlineUntilTheCouncilConcludes() {
        // given a council of five, one of whom signs in with an account linked to her directory person
        UUID host = testUsers.organisation();
        TaskApproved approved = underAcceptance(host);
        UUID task = approved.taskId();
        String username = testUsers.create(Role.EXPERT);
        UUID linked = linkedExpert(username);
        List<UUID> others = experts(4, null);
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        seats.put(linked, CouncilRole.REVIEWER);
        seats.put(others.get(0), CouncilRole.CHAIR);
        seats.put(others.get(1), CouncilRole.REVIEWER);
        seats.put(others.get(2), CouncilRole.SECRETARY);
        seats.put(others.get(3), CouncilRole.MEMBER);
        councils.form(canbo, task, "420/QĐ-SKHCN", seats);
        CurrentUser member = new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.EXPERT), null);
        UUID p1 = approved.products().get(0).productId();
        UUID p2 = approved.products().get(1).productId();
        Map<UUID, ProductGrades> excellent = Map.of(
                p1, new ProductGrades(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT),
                p2, new ProductGrades(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT));
        Map<UUID, ProductGrades> passed = Map.of(
                p1, new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED),
                p2, new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED));

        // then the task is in her list of councils, and she is told so
        assertThat(councils.list(member)).singleElement().satisfies(row -> {
            assertThat(row.taskId()).isEqualTo(task);
            assertThat(row.myRole()).isEqualTo(CouncilRole.REVIEWER);
            assertThat(row.link()).isEqualTo("/execution/councils/" + task);
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from identity.notification where user_id = ? and link = ?",
                        Integer.class,
                        testUsers.id(username).value(),
                        "/execution/councils/" + task))
                .isEqualTo(1);

        // and before declaring she sees neither the dossier nor a sheet, and cannot score
        assertThat(councils.forMember(member, task).dossier()).isNull();
        assertThat(councils.forMember(member, task).canScore()).isFalse();
        assertThatThrownBy(() -> councils.submitMySheet(member, task, excellent, Grade.PASSED, ""))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.undeclared");

        // when she declares and sends her sheet, then revises it
        councils.declare(member, task);
        AcceptanceCouncils.MemberView page = councils.forMember(member, task);
        assertThat(page.declared()).isTrue();
        assertThat(page.dossier().finalReport()).isEqualTo("Báo cáo tổng hợp");
        assertThat(page.products()).hasSize(2);
        councils.submitMySheet(member, task, excellent, Grade.PASSED, "Sản phẩm vượt chỉ tiêu");
        councils.submitMySheet(member, task, passed, Grade.PASSED, "Sản phẩm đạt chỉ tiêu");

        // then one sheet is hers, entered online, as revised; both saves are audited
        AcceptanceCouncils.SheetView mine = councils.forMember(member, task).mySheet();
        assertThat(mine.online()).isTrue();
        assertThat(mine.classification()).isEqualTo(Grade.PASSED);
        assertThat(mine.comment()).isEqualTo("Sản phẩm đạt chỉ tiêu");
        assertThat(councils.view(canbo, task).sheets()).isEqualTo(1);
        assertThat(councils.view(canbo, task).seats())
                .filteredOn(s -> s.personId().equals(linked))
                .singleElement()
                .satisfies(s -> assertThat(s.declared()).isTrue());
        assertThat(auditActions(task))
                .containsSubsequence(
                        "acceptance.council.declared", "acceptance.council.sheet", "acceptance.council.sheet");

        // and STAFF still enters the paper sheets of the others, but never over hers
        assertThatThrownBy(() -> councils.recordSheet(canbo, task, linked, passed, Grade.PASSED, ""))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.sheetExists");
        for (int i = 0; i < 3; i++) {
            councils.recordSheet(canbo, task, others.get(i), passed, Grade.PASSED, "Phiếu giấy " + i);
        }
        assertThat(councils.conclude(canbo, task, null)).isEqualTo(Grade.PASSED);

        // and after the conclusion she can no longer score
        assertThat(councils.forMember(member, task).canScore()).isFalse();
        assertThatThrownBy(() -> councils.submitMySheet(member, task, excellent, Grade.PASSED, ""))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.state");
    }

    @Test
    void aMemberWhosePaperSheetWasEnteredCannotChangeItAndSomeoneWithoutASeatFindsNothing() {
        UUID host = testUsers.organisation();
        TaskApproved approved = underAcceptance(host);
        UUID task = approved.taskId();
        String username = testUsers.create(Role.EXPERT);
        UUID linked = linkedExpert(username);
        List<UUID> others = experts(4, null);
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        seats.put(others.get(0), CouncilRole.CHAIR);
        seats.put(others.get(1), CouncilRole.REVIEWER);
        seats.put(others.get(2), CouncilRole.REVIEWER);
        seats.put(others.get(3), CouncilRole.MEMBER);
        seats.put(linked, CouncilRole.MEMBER);
        councils.form(canbo, task, "421/QĐ-SKHCN", seats);
        CurrentUser member = new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.EXPERT), null);
        UUID p1 = approved.products().get(0).productId();
        UUID p2 = approved.products().get(1).productId();
        Map<UUID, ProductGrades> passed = Map.of(
                p1, new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED),
                p2, new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED));

        // the secretary types her signed paper sheet: she sees it, but cannot change it online
        councils.recordSheet(canbo, task, linked, passed, Grade.PASSED, "Phiếu giấy");
        councils.declare(member, task);
        assertThat(councils.forMember(member, task).mySheet().online()).isFalse();
        assertThat(councils.forMember(member, task).canScore()).isFalse();
        assertThatThrownBy(() -> councils.submitMySheet(member, task, passed, Grade.FAILED, ""))
                .hasFieldOrPropertyWithValue("messageKey", "acceptance.council.error.paperSheet");

        // a signed-in expert without a seat, and one without a linked person, find no council
        String outsider = testUsers.create(Role.EXPERT);
        linkedExpert(outsider);
        for (String name : List.of(outsider, testUsers.create(Role.EXPERT))) {
            CurrentUser stranger = new CurrentUser(testUsers.id(name), name, EnumSet.of(Role.EXPERT), null);
            assertThat(councils.list(stranger)).isEmpty();
            assertThatThrownBy(() -> councils.forMember(stranger, task))
                    .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.NOT_FOUND);
            assertThatThrownBy(() -> councils.declare(stranger, task))
                    .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.NOT_FOUND);
            assertThatThrownBy(() -> councils.submitMySheet(stranger, task, passed, Grade.PASSED, ""))
                    .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.NOT_FOUND);
        }
    }

    @Test
    void onTheirPagesAMemberScoresOnlyTheirOwnSheetAndNeverAnothers() throws Exception {
        // given a council with two members who sign in
        UUID host = testUsers.organisation();
        TaskApproved approved = underAcceptance(host);
        UUID task = approved.taskId();
        String first = testUsers.create(Role.EXPERT);
        String second = testUsers.create(Role.EXPERT);
        UUID firstPerson = linkedExpert(first);
        UUID secondPerson = linkedExpert(second);
        List<UUID> others = experts(3, null);
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        seats.put(others.get(0), CouncilRole.CHAIR);
        seats.put(firstPerson, CouncilRole.REVIEWER);
        seats.put(secondPerson, CouncilRole.REVIEWER);
        seats.put(others.get(1), CouncilRole.MEMBER);
        seats.put(others.get(2), CouncilRole.MEMBER);
        councils.form(canbo, task, "422/QĐ-SKHCN", seats);
        String page = "/execution/councils/" + task;

        // when the first member opens her councils and the council's page
        String list = get(first, "/councils").getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(approved.code()).contains("href=\"" + page + "\"");
        String before = get(first, page).getContentAsString(StandardCharsets.UTF_8);
        assertThat(before).contains("id=\"declare-form\"").doesNotContain("id=\"sheet-form\"");

        // and declares, then sends her sheet from the form
        assertThat(post(first, page + "/declare", Map.of()).getRedirectedUrl()).isEqualTo(page);
        String form = get(first, page).getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("id=\"sheet-form\"").contains("Báo cáo tổng hợp");
        Map<String, String> sheet = new LinkedHashMap<>();
        for (var product : approved.products()) {
            for (String criterion : List.of("quantity", "volume", "quality")) {
                sheet.put("grades[" + product.productId() + "]." + criterion, "EXCELLENT");
            }
        }
        sheet.put("reportGrade", "PASSED");
        sheet.put("comment", "Nhận xét riêng của thành viên thứ nhất");
        assertThat(post(first, page + "/sheet", sheet).getRedirectedUrl()).isEqualTo(page);

        // then her sheet is recorded as hers, online
        assertThat(councils.view(canbo, task).seats())
                .filteredOn(s -> s.personId().equals(firstPerson))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.sheet().online()).isTrue();
                    assertThat(s.sheet().classification()).isEqualTo(Grade.EXCELLENT);
                });
        assertThat(get(first, page).getContentAsString(StandardCharsets.UTF_8))
                .contains("Nhận xét riêng của thành viên thứ nhất");

        // and the second member neither sees her sheet nor can enter one for her
        councils.declare(new CurrentUser(testUsers.id(second), second, EnumSet.of(Role.EXPERT), null), task);
        assertThat(get(second, page).getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Nhận xét riêng của thành viên thứ nhất");
        assertThat(post(second, "/staff/execution/tasks/" + task + "/council/sheets/" + firstPerson, sheet)
                        .getStatus())
                .isEqualTo(403);
        assertThat(post(second, page + "/sheet", sheet).getRedirectedUrl()).isEqualTo(page);
        assertThat(councils.view(canbo, task).seats())
                .filteredOn(s -> s.personId().equals(firstPerson))
                .singleElement()
                .satisfies(s -> assertThat(s.sheet().comment()).isEqualTo("Nhận xét riêng của thành viên thứ nhất"));

        // and someone without a seat gets "not found"
        String outsider = testUsers.create(Role.EXPERT);
        assertThat(get(outsider, page).getStatus()).isEqualTo(404);
        assertThat(post(outsider, page + "/sheet", sheet).getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse get(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(testUsers.principal(username))))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse post(String username, String path, Map<String, String> params) throws Exception {
        var request = MockMvcRequestBuilders.post(path).with(csrf()).with(user(testUsers.principal(username)));
        params.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A directory expert linked to this account, outside the host. */
    private UUID linkedExpert(String username) {
        return directory.ensureExpert(
                "Chuyên gia " + username, Degree.TS, "Nghiên cứu viên", null, Set.of("401"), "Vi sinh vật", username);
    }

    private List<String> auditActions(UUID task) {
        return jdbc.queryForList(
                "select action from identity.audit_log where entity_type = 'projects.execution_task'"
                        + " and entity_id = ? order by seq",
                String.class,
                task.toString());
    }

    private List<UUID> experts(int count, UUID organisation) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> directory.ensureExpert(
                        "Chuyên gia " + suffix + " " + i,
                        Degree.TS,
                        "Nghiên cứu viên",
                        organisation,
                        Set.of("401"),
                        "Công nghệ sau thu hoạch",
                        null))
                .toList();
    }

    private TaskApproved underAcceptance(UUID host) {
        TaskApproved approved = TaskExecutionsTests.approved(host, UUID.randomUUID(), UUID.randomUUID());
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        ContractTerms suggested = executions.suggestedTerms(canbo, task);
        LocalDate start = today.minusMonths(11);
        executions.draftContract(
                canbo,
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
        executions.signContract(canbo, task, start);
        executions.submitAcceptance(
                TaskExecutionsTests.member(host),
                task,
                "Báo cáo tổng hợp",
                "Báo cáo tóm tắt",
                "Báo cáo tài chính",
                "Tự đánh giá: Đạt",
                List.of(),
                SignedTasks.CONTRIBUTIONS);
        return approved;
    }
}
