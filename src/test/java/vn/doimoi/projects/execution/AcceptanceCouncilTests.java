package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.execution.AcceptanceRule.ProductGrades;
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
                List.of());
        return approved;
    }
}
