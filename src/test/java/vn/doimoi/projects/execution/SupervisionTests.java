package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.execution.ExecutionViews.ReportView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseFormats;

/** Inspections with minutes and adjustment requests with decisions, on the real database. */
@DoimoiSpringTest
public class SupervisionTests {

    @Autowired
    TaskExecutions executions;

    @Autowired
    Inspections inspections;

    @Autowired
    Adjustments adjustments;

    @Autowired
    AdjustmentRepository adjustmentRecords;

    @Autowired
    SupervisionDocuments documents;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private final CurrentUser canbo = TaskExecutionsTests.staff("canbo-giamsat");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A signed task started two months ago, reporting every 3 months for a year. */
    private TaskApproved ongoingTask(UUID host) {
        TaskApproved approved = TaskExecutionsTests.approved(host, UUID.randomUUID(), UUID.randomUUID());
        executions.taskApproved(approved);
        ContractTerms suggested = executions.suggestedTerms(canbo, approved.taskId());
        LocalDate start = today.minusMonths(2);
        executions.draftContract(
                canbo,
                approved.taskId(),
                new ContractTerms(
                        suggested.number(),
                        start,
                        start.plusMonths(12),
                        suggested.fundingMode(),
                        suggested.stateBudget(),
                        suggested.otherBudget(),
                        3,
                        "Báo cáo 3 tháng một lần",
                        suggested.tranches()));
        executions.signContract(canbo, approved.taskId(), start);
        return approved;
    }

    @Test
    void staffRecordsAnInspectionWhoseMinutesCarryItsFindingsInVietnamese() throws Exception {
        // given an ongoing task
        UUID host = testUsers.organisation();
        UUID task = ongoingTask(host).taskId();

        // when STAFF records an inspection
        UUID id = inspections.record(
                canbo,
                task,
                new Inspections.InspectionInput(
                        today.minusDays(1),
                        "Phòng Quản lý khoa học: ông Trần Văn Hải, bà Lê Thị Ngọc",
                        "Đã lắp đặt máy sấy mẫu; nhật ký thí nghiệm ghi đầy đủ.",
                        "Nhiệm vụ thực hiện đúng tiến độ.",
                        "Bổ sung số liệu độ ẩm của ba mẻ sấy."));

        // then it is listed for the host, journaled, audited, and its minutes read back
        List<Inspections.InspectionView> listed = inspections.of(TaskExecutionsTests.member(host), task);
        assertThat(listed).extracting(Inspections.InspectionView::number).containsExactly(1);
        assertThat(executions.task(canbo, task).events())
                .extracting(ExecutionViews.EventView::action)
                .contains("execution.inspection.recorded");
        assertThat(auditActions(task)).contains("execution.inspection.recorded");
        byte[] pdf = documents.inspectionMinutesPdf(
                executions.task(canbo, task), inspections.one(canbo, task, id), Locale.forLanguageTag("vi"));
        String text = pdfText(pdf);
        assertThat(text)
                .contains("BIÊN BẢN KIỂM TRA")
                .contains("nhật ký thí nghiệm ghi đầy đủ")
                .contains("Bổ sung số liệu độ ẩm");
    }

    @Test
    void onlyStaffInspectsAndOnlyAnOngoingTaskWithADateNotInTheFuture() {
        UUID host = testUsers.organisation();
        UUID task = ongoingTask(host).taskId();
        var input = new Inspections.InspectionInput(today, "Đoàn kiểm tra", "Kết quả", "Kết luận", "");

        assertThatThrownBy(() -> inspections.record(TaskExecutionsTests.member(host), task, input))
                .isInstanceOf(DomainException.class)
                .extracting(e -> vn.doimoi.shared.web.DomainStatus.of((DomainException) e))
                .isEqualTo(403);
        assertThatThrownBy(() -> inspections.record(
                        canbo,
                        task,
                        new Inspections.InspectionInput(today.plusDays(1), "Đoàn", "Kết quả", "Kết luận", "")))
                .hasFieldOrPropertyWithValue("messageKey", "execution.inspection.error.future");
        TaskApproved unsigned = TaskExecutionsTests.approved(host, UUID.randomUUID(), UUID.randomUUID());
        executions.taskApproved(unsigned);
        assertThatThrownBy(() -> inspections.record(canbo, unsigned.taskId(), input))
                .hasFieldOrPropertyWithValue("messageKey", "execution.error.stage");
    }

    @Test
    void anApprovedScheduleExtensionMovesTheDueDatesOfReportsNotYetSent() {
        // given an ongoing task whose first report is sent
        UUID host = testUsers.organisation();
        UUID task = ongoingTask(host).taskId();
        CurrentUser member = TaskExecutionsTests.member(host);
        List<ReportView> before = executions.task(canbo, task).reports();
        executions.submitReport(member, task, before.get(0).id(), "Đã hoàn thành nội dung 1", 25);

        // when the host asks for a three-month extension and STAFF approves it
        UUID request = adjustments.request(
                member,
                task,
                new Adjustments.AdjustmentInput(
                        AdjustmentKind.SCHEDULE, "Gia hạn 3 tháng", "Mưa trái mùa làm chậm thí nghiệm đồng ruộng", 3));
        adjustments.decide(
                canbo, task, request, new Adjustments.Decision(true, "145/QĐ-SKHCN", today, "Đồng ý gia hạn"));

        // then the sent report keeps its date, every other moves by three months
        List<ReportView> after = executions.task(canbo, task).reports();
        assertThat(after.get(0).dueOn()).isEqualTo(before.get(0).dueOn());
        for (int i = 1; i < after.size(); i++) {
            assertThat(after.get(i).dueOn()).isEqualTo(before.get(i).dueOn().plusMonths(3));
        }
        assertThat(adjustments.of(member, task)).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AdjustmentState.APPROVED);
            assertThat(a.decisionNumber()).isEqualTo("145/QĐ-SKHCN");
        });
        assertThat(auditActions(task)).contains("execution.adjustment.requested", "execution.adjustment.approved");
    }

    @Test
    void anApprovedScheduleExtensionMovesTheEndOfTheTaskShownBesideTheFrozenContract() throws Exception {
        // given an ongoing task whose signed contract ends twelve months after its start
        UUID host = testUsers.organisation();
        UUID task = ongoingTask(host).taskId();
        CurrentUser member = TaskExecutionsTests.member(host);
        LocalDate contractEnd = executions.task(canbo, task).contract().terms().endOn();
        assertThat(executions.task(canbo, task).extendedUntil()).isNull();

        // when STAFF rejects a first request and approves a four-month extension
        UUID rejected = adjustments.request(
                member,
                task,
                new Adjustments.AdjustmentInput(AdjustmentKind.SCHEDULE, "Gia hạn 6 tháng", "Thiếu nhân lực", 6));
        adjustments.decide(
                canbo, task, rejected, new Adjustments.Decision(false, "160/SKHCN", today, "Không đủ căn cứ"));
        assertThat(executions.task(canbo, task).extendedUntil()).isNull();
        UUID approved = adjustments.request(
                member,
                task,
                new Adjustments.AdjustmentInput(
                        AdjustmentKind.SCHEDULE, "Gia hạn 4 tháng", "Lũ sớm làm ngập ruộng thí nghiệm", 4));
        adjustments.decide(canbo, task, approved, new Adjustments.Decision(true, "161/QĐ-SKHCN", today, null));

        // then the task ends four months later, while the signed contract keeps its end and version
        ExecutionViews.TaskDetail detail = executions.task(member, task);
        assertThat(detail.extendedUntil()).isEqualTo(contractEnd.plusMonths(4));
        assertThat(detail.contract().terms().endOn()).isEqualTo(contractEnd);
        assertThat(detail.contract().currentVersion()).isEqualTo(1);

        // and the audit record of the decision carries the old and the new end
        Map<String, Object> audit = jdbc.queryForMap(
                "select before_json as before, after_json as after from identity.audit_log"
                        + " where entity_type = 'projects.execution_task' and entity_id = ?"
                        + " and action = 'execution.adjustment.approved'",
                task.toString());
        assertThat(audit.get("before").toString()).contains("endsOn").contains(contractEnd.toString());
        assertThat(audit.get("after").toString())
                .contains("endsOn")
                .contains(contractEnd.plusMonths(4).toString());

        // and a second extension is refused: the period is extended once, by at most 12 months
        assertThatThrownBy(() -> adjustments.request(
                        member,
                        task,
                        new Adjustments.AdjustmentInput(
                                AdjustmentKind.SCHEDULE, "Gia hạn thêm 10 tháng", "Hạn hán kéo dài", 10)))
                .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.CONFLICT)
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.extendedOnce");
        assertThat(executions.task(member, task).extendedUntil()).isEqualTo(contractEnd.plusMonths(4));

        // and the task's page shows both ends
        String staff = testUsers.create(Role.STAFF);
        String page = mvc.perform(MockMvcRequestBuilders.get("/execution/tasks/" + task)
                        .with(SecurityMockMvcRequestPostProcessors.user(testUsers.principal(staff))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(VietnameseFormats.date(contractEnd))
                .contains("Gia hạn thực hiện đến")
                .contains("id=\"extended-until\">" + VietnameseFormats.date(contractEnd.plusMonths(4)));

        // and the host's request form no longer offers an extension, and says why
        String hostMember = testUsers.create(Role.ORG_MEMBER, host);
        String hostPage = mvc.perform(MockMvcRequestBuilders.get("/execution/tasks/" + task)
                        .with(SecurityMockMvcRequestPostProcessors.user(testUsers.principal(hostMember))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(hostPage)
                .contains("id=\"adjustment-form\"")
                .contains("id=\"extended-once\"")
                .contains("không được gia hạn thêm")
                .doesNotContain("<option value=\"SCHEDULE\"");
    }

    @Test
    void aSecondScheduleRequestWaitingFromBeforeTheFirstWasGrantedCannotBeApproved() {
        // given an ongoing task with a schedule request of 8 months and, recorded earlier (as an
        // import or an older version may have left it), a second one of 6 months still waiting
        UUID host = testUsers.organisation();
        UUID task = ongoingTask(host).taskId();
        CurrentUser member = TaskExecutionsTests.member(host);
        UUID first = adjustments.request(
                member, task, new Adjustments.AdjustmentInput(AdjustmentKind.SCHEDULE, "Gia hạn 8 tháng", "Lũ lớn", 8));
        Adjustment waiting = adjustmentRecords.save(new Adjustment(
                task, 2, AdjustmentKind.SCHEDULE, "Gia hạn 6 tháng", "Thiếu vật tư", 6, 12, "host", Instant.now()));
        adjustments.decide(canbo, task, first, new Adjustments.Decision(true, "170/QĐ-SKHCN", today, null));
        LocalDate extended = executions.task(canbo, task).extendedUntil();

        // when STAFF tries to approve the second, then the rule refuses it and nothing moves
        assertThatThrownBy(() -> adjustments.decide(
                        canbo, task, waiting.id(), new Adjustments.Decision(true, "171/QĐ-SKHCN", today, null)))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.extendedOnce");
        assertThat(executions.task(canbo, task).extendedUntil()).isEqualTo(extended);
        // and it can still be rejected with a reason
        adjustments.decide(
                canbo, task, waiting.id(), new Adjustments.Decision(false, "172/SKHCN", today, "Đã gia hạn một lần"));
        assertThat(adjustments.of(member, task))
                .extracting(Adjustments.AdjustmentView::state)
                .containsExactly(AdjustmentState.APPROVED, AdjustmentState.REJECTED);
    }

    @Test
    void aRejectedAdjustmentNeedsAReasonMovesNothingAndCannotBeDecidedAgain() {
        UUID host = testUsers.organisation();
        UUID task = ongoingTask(host).taskId();
        CurrentUser member = TaskExecutionsTests.member(host);
        List<ReportView> before = executions.task(canbo, task).reports();
        UUID request = adjustments.request(
                member,
                task,
                new Adjustments.AdjustmentInput(AdjustmentKind.SCHEDULE, "Gia hạn 6 tháng", "Thiếu nhân lực", 6));

        assertThatThrownBy(() -> adjustments.decide(
                        canbo, task, request, new Adjustments.Decision(false, "150/SKHCN", today, " ")))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.rejectReason");
        adjustments.decide(
                canbo,
                task,
                request,
                new Adjustments.Decision(false, "150/SKHCN", today, "Lý do không thuộc trường hợp bất khả kháng"));

        assertThat(executions.task(canbo, task).reports())
                .extracting(ReportView::dueOn)
                .isEqualTo(before.stream().map(ReportView::dueOn).toList());
        assertThatThrownBy(() -> adjustments.decide(
                        canbo, task, request, new Adjustments.Decision(true, "151/SKHCN", today, null)))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.state");
        assertThatThrownBy(() -> adjustments.withdraw(member, task, request))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.state");
        assertThat(auditActions(task)).contains("execution.adjustment.rejected");
    }

    @Test
    void onlyTheHostRequestsAndOnlyStaffDecides() {
        UUID host = testUsers.organisation();
        UUID task = ongoingTask(host).taskId();
        CurrentUser member = TaskExecutionsTests.member(host);
        CurrentUser stranger = TaskExecutionsTests.member(testUsers.organisation());
        var input = new Adjustments.AdjustmentInput(
                AdjustmentKind.PERSONNEL, "Thay thư ký khoa học", "Thư ký cũ chuyển công tác", null);

        assertThatThrownBy(() -> adjustments.request(stranger, task, input))
                .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.NOT_FOUND);
        UUID request = adjustments.request(member, task, input);
        assertThatThrownBy(() -> adjustments.request(member, task, input))
                .hasFieldOrPropertyWithValue("messageKey", "execution.adjustment.error.pending");
        assertThatThrownBy(() -> adjustments.decide(
                        member, task, request, new Adjustments.Decision(true, "1/SKHCN", today, null)))
                .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.FORBIDDEN);
    }

    private List<String> auditActions(UUID task) {
        return jdbc.queryForList(
                "select action from identity.audit_log where entity_type = 'projects.execution_task'"
                        + " and entity_id = ? order by seq",
                String.class,
                task.toString());
    }

    public static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
