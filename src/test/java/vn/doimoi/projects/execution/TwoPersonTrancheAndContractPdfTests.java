package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.ExecutionViews.TrancheView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseFormats;

/** Issue 18: the second tranche approval is another person's, and the contract PDF reads as a contract. */
@DoimoiSpringTest
class TwoPersonTrancheAndContractPdfTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    TaskExecutions executions;

    @Autowired
    ExecutionDocuments documents;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Test
    void whoGaveTheFirstApprovalIsNeitherOfferedNorAllowedTheSecond() throws Exception {
        // given a tranche requested by the host and approved once by a first STAFF user
        UUID host = testUsers.organisation();
        String first = testUsers.create(Role.STAFF);
        String second = testUsers.create(Role.STAFF);
        UUID task = SignedTasks.inProgress(executions, staff(first), host);
        TrancheView advance = executions.task(staff(first), task).tranches().get(0);
        executions.requestTranche(TaskExecutionsTests.member(host), task, advance.id(), null);
        String approve = "/staff/execution/tasks/" + task + "/tranches/" + advance.id() + "/approve";
        mvc.perform(post(approve).with(user(testUsers.principal(first))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "payment.approved"));

        // then the first approver's page does not offer the second approval, and says who gives it
        assertThat(page(task, first))
                .doesNotContain("id=\"approve-1\"")
                .contains("id=\"second-approval-1\"")
                .contains("do một cán bộ khác thực hiện");
        // while another STAFF user's page offers it
        assertThat(page(task, second)).contains("id=\"approve-1\"");

        // when the first approver posts the second approval anyway, it is refused as a conflict in Vietnamese
        mvc.perform(post(approve).with(user(testUsers.principal(first))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "payment.error.fourEyes"));
        assertThatThrownBy(() -> executions.approveTranche(staff(first), task, advance.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), VI))
                            .isEqualTo("Bước duyệt thứ hai phải do người khác thực hiện.");
                });
        assertThat(tranche(task, first).state()).isEqualTo(TrancheState.STAFF_APPROVED);

        // and the other STAFF user gives it
        mvc.perform(post(approve).with(user(testUsers.principal(second))).with(csrf()))
                .andExpect(flash().attribute("notice", "payment.approved"));
        assertThat(tranche(task, second).state()).isEqualTo(TrancheState.FINANCE_APPROVED);
        assertThat(tranche(task, second).financeApprovedBy()).isEqualTo(second);
    }

    @Test
    void theJournalReadsInVietnameseWithMoneyInDong() {
        // given a requested tranche
        UUID host = testUsers.organisation();
        CurrentUser canbo = TaskExecutionsTests.staff("canbo-nhatky");
        UUID task = SignedTasks.inProgress(executions, canbo, host);
        TrancheView advance = executions.task(canbo, task).tranches().get(0);
        executions.requestTranche(TaskExecutionsTests.member(host), task, advance.id(), null);

        // then its journal line names the tranche and its amount the Vietnamese way
        assertThat(executions.task(canbo, task).events())
                .extracting(ExecutionViews.EventView::detail)
                .contains("Đợt 1 · " + VietnameseFormats.money(advance.amount()))
                .noneMatch(detail -> detail.startsWith("#"));
        assertThat(VietnameseFormats.money(advance.amount())).isEqualTo("240.000.000 ₫");
    }

    @Test
    void theContractPdfNamesThePartiesListsTheTranchesAndHasASignatureBlock() throws Exception {
        // given a signed contract
        UUID host = testUsers.organisation();
        CurrentUser canbo = TaskExecutionsTests.staff("canbo-hopdong");
        UUID id = SignedTasks.inProgress(executions, canbo, host);
        TaskDetail task = executions.task(canbo, id);

        // when its PDF is read back as text
        String text = SupervisionTests.pdfText(documents.contractPdf(task, VI));

        // then it names both parties and the principal investigator
        assertThat(text)
                .contains("Bên đặt hàng (Bên A): Sở Khoa học và Công nghệ")
                .contains("Bên nhận đặt hàng (Bên B), tổ chức chủ trì: " + task.hostName())
                .contains("Chủ nhiệm nhiệm vụ:");
        // and it lists every tranche with its condition, its amount in đồng and its due date
        assertThat(text)
                .contains("TIẾN ĐỘ CẤP KINH PHÍ")
                .contains("Điều kiện cấp")
                .contains("Thời hạn");
        for (TrancheView tranche : task.tranches()) {
            assertThat(text)
                    .contains(VietnameseFormats.money(tranche.amount()))
                    .contains(VietnameseFormats.date(tranche.plannedOn()));
        }
        assertThat(text)
                .contains("Tạm ứng khi hợp đồng có hiệu lực")
                .contains("Khi sản phẩm \"Chế phẩm vi sinh\" được")
                .contains("240.000.000 ₫");
        // and it ends with a signature block for both parties
        assertThat(text)
                .contains("ĐẠI DIỆN BÊN A")
                .contains("ĐẠI DIỆN BÊN B")
                .contains("(Ký, ghi rõ họ tên và đóng dấu)");
        assertThat(text).doesNotContain("281000000").doesNotContain("PASSED");
    }

    private String page(UUID task, String username) throws Exception {
        return mvc.perform(get("/execution/tasks/" + task).with(user(testUsers.principal(username))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private TrancheView tranche(UUID task, String username) {
        return executions.task(staff(username), task).tranches().get(0);
    }

    private CurrentUser staff(String username) {
        return new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.STAFF), null);
    }
}
