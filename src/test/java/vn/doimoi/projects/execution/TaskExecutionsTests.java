package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.ResultRegistered;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.results.ResultUses;
import vn.doimoi.projects.results.ResultViews;
import vn.doimoi.projects.results.UseState;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.shared.DomainException;

/** The whole cycle through the service on the real database: approval to a confirmed use. */
@DoimoiSpringTest
@Import(TaskExecutionsTests.Events.class)
public class TaskExecutionsTests {

    @Autowired
    TaskExecutions executions;

    @Autowired
    ResultViews resultViews;

    @Autowired
    ResultUses resultUses;

    @Autowired
    ResultRegistration resultRegistration;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Events events;

    @TestConfiguration
    static class Events {
        final List<ResultRegistered> registered = new ArrayList<>();

        @EventListener
        void on(ResultRegistered event) {
            registered.add(event);
        }
    }

    public static CurrentUser staff(String name) {
        return new CurrentUser(new UserId(UUID.randomUUID()), name, EnumSet.of(Role.STAFF), null);
    }

    public static CurrentUser member(UUID organisation) {
        return new CurrentUser(new UserId(UUID.randomUUID()), "thanhvien", EnumSet.of(Role.ORG_MEMBER), organisation);
    }

    public static TaskApproved approved(UUID host, UUID product1, UUID product2) {
        return new TaskApproved(
                UUID.randomUUID(),
                "ĐT.T." + UUID.randomUUID().toString().substring(0, 4),
                "Nghiên cứu quy trình sấy thanh long bằng năng lượng mặt trời",
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                host,
                null,
                null,
                List.of("401"),
                List.of(
                        new ApprovedProduct(
                                product1,
                                "Quy trình sấy",
                                "01 quy trình",
                                List.of(new ProductSpec("Độ ẩm", "%", "≤ 12"))),
                        new ApprovedProduct(
                                product2,
                                "Máy sấy mẫu",
                                "01 máy",
                                List.of(new ProductSpec("Công suất", "kg/mẻ", "≥ 100")))),
                new BigDecimal("1000000000"),
                new BigDecimal("200000000"),
                12,
                "99/QĐ-UBND",
                LocalDate.of(2026, 1, 1));
    }

    @Test
    void anApprovedTaskGoesFromContractToAConfirmedUseOfItsRegisteredResult() {
        // given an approved task of a host organisation
        UUID host = testUsers.organisation();
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        TaskApproved approved = approved(host, p1, p2);
        executions.taskApproved(approved);
        executions.taskApproved(approved); // delivered twice: still one task
        CurrentUser canbo = staff("canbo-test");
        CurrentUser ketoan = staff("ketoan-test");
        CurrentUser hostMember = member(host);
        UUID task = approved.taskId();

        TaskDetail awaiting = executions.task(hostMember, task);
        assertThat(awaiting.stage()).isEqualTo(Stage.AWAITING_CONTRACT);
        assertThat(awaiting.products())
                .extracting(ExecutionViews.ProductView::id)
                .containsExactly(p1, p2);

        // when STAFF drafts and signs the suggested contract, started 7 months ago
        ContractTerms suggested = executions.suggestedTerms(canbo, task);
        LocalDate start = LocalDate.now().minusMonths(7);
        ContractTerms terms = new ContractTerms(
                suggested.number(),
                start,
                start.plusMonths(12),
                suggested.fundingMode(),
                suggested.stateBudget(),
                suggested.otherBudget(),
                6,
                "Báo cáo 6 tháng một lần",
                suggested.tranches());
        executions.draftContract(canbo, task, terms);
        executions.signContract(canbo, task, start);

        // then reports are scheduled, the first overdue; tranches planned within the budget
        TaskDetail signed = executions.task(canbo, task);
        assertThat(signed.stage()).isEqualTo(Stage.IN_PROGRESS);
        assertThat(signed.contract().versions()).hasSize(1);
        assertThat(signed.reports()).hasSize(1);
        assertThat(signed.reports().get(0).overdue()).isTrue();
        assertThat(signed.tranches()).hasSize(3);
        assertThat(signed.tranches().get(0).amount()).isEqualByComparingTo("300000000");

        // when the host reports late; STAFF amends the contract with a reason
        executions.submitReport(hostMember, task, signed.reports().get(0).id(), "Đã lắp đặt máy sấy mẫu", 50);
        ContractTerms longer = new ContractTerms(
                terms.number(),
                terms.startOn(),
                terms.endOn().plusMonths(3),
                terms.fundingMode(),
                terms.stateBudget(),
                terms.otherBudget(),
                6,
                terms.obligations(),
                terms.tranches());
        executions.amendContract(canbo, task, longer, "Gia hạn do thời tiết bất thường");
        TaskDetail amended = executions.task(canbo, task);
        assertThat(amended.reports().get(0).late()).isTrue();
        assertThat(amended.contract().currentVersion()).isEqualTo(2);
        assertThat(amended.contract().versions().get(1).changes())
                .extracting(ContractTerms.Change::field)
                .containsExactly("endOn");

        // and a product tranche cannot be requested before acceptance, the advance can
        UUID advance = amended.tranches().get(0).id();
        UUID forP1 = amended.tranches().get(1).id();
        assertThatThrownBy(() -> executions.requestTranche(hostMember, task, forP1, null))
                .isInstanceOf(DomainException.class)
                .hasMessage("payment.error.productNotAccepted");
        executions.requestTranche(hostMember, task, advance, "Tạm ứng");
        executions.approveTranche(canbo, task, advance);
        assertThatThrownBy(() -> executions.approveTranche(canbo, task, advance))
                .hasMessage("payment.error.fourEyes");
        executions.approveTranche(ketoan, task, advance);
        executions.markTranchePaid(canbo, task, advance, LocalDate.now(), "UNC-001");
        assertThatThrownBy(() -> executions.markTranchePaid(canbo, task, advance, LocalDate.now(), "UNC-002"))
                .hasMessage("payment.error.alreadyPaid");

        // when the host submits the acceptance dossier and the council grades both products Đạt
        executions.submitAcceptance(
                hostMember,
                task,
                "Báo cáo tổng hợp",
                "Báo cáo tóm tắt",
                "Báo cáo tài chính",
                "Tự đánh giá: Đạt",
                List.of(),
                SignedTasks.CONTRIBUTIONS);
        ProductGrades passed = new ProductGrades(Grade.PASSED, Grade.PASSED, Grade.PASSED);
        Grade grade =
                executions.concludeAcceptance(canbo, task, Map.of(p1, passed, p2, passed), Grade.PASSED, "Đạt yêu cầu");

        // then the task is accepted and the product tranche can be paid
        assertThat(grade).isEqualTo(Grade.PASSED);
        executions.requestTranche(hostMember, task, forP1, null);
        assertThat(executions.task(canbo, task).tranches().get(1).state()).isEqualTo(TrancheState.REQUESTED);

        // when the result is registered, an adopter reports its use and STAFF confirms
        UUID result = resultRegistration.submitResult(
                hostMember,
                task,
                new ResultRegistration.ResultInput(
                        "Quy trình sấy thanh long",
                        "Tóm tắt kết quả",
                        "TS. Nguyễn Văn A",
                        "sấy, thanh long",
                        "Các cơ sở chế biến"),
                List.of());
        resultRegistration.registerResult(canbo, task, "15/2026/KQNV", LocalDate.now());
        UUID adopter = testUsers.organisation();
        UUID use = resultUses.reportUse(
                member(adopter),
                result,
                new ResultUses.UseInput(
                        null,
                        "",
                        "Xã Bình Hiệp",
                        2026,
                        "2 lò sấy",
                        "Giảm 20% chi phí",
                        new BigDecimal("150000000"),
                        null));
        assertThat(resultViews.registeredResultView(result).uses()).isEmpty();
        resultUses.confirmUse(canbo, use);

        // then the public page shows the confirmed use by the adopter, and the marketplace heard of it
        assertThat(resultViews.registeredResultView(result).uses())
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.adopterOrgId()).isEqualTo(adopter);
                    assertThat(u.state()).isEqualTo(UseState.CONFIRMED);
                });
        assertThat(events.registered).anySatisfy(e -> {
            assertThat(e.resultId()).isEqualTo(result);
            assertThat(e.certificateNumber()).isEqualTo("15/2026/KQNV");
        });
        assertThat(executions.task(canbo, task).events())
                .extracting(ExecutionViews.EventView::action)
                .contains(
                        "contract.signed",
                        "contract.amended",
                        "payment.paid",
                        "acceptance.concluded",
                        "result.registered");
    }

    @Test
    void anotherOrganisationDoesNotSeeTheTask() {
        UUID host = testUsers.organisation();
        TaskApproved approved = approved(host, UUID.randomUUID(), UUID.randomUUID());
        executions.taskApproved(approved);

        assertThatThrownBy(() -> executions.task(member(testUsers.organisation()), approved.taskId()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> vn.doimoi.shared.web.DomainStatus.of((DomainException) e))
                .isEqualTo(404);
        assertThatThrownBy(() -> executions.draftContract(member(host), approved.taskId(), null))
                .extracting(e -> vn.doimoi.shared.web.DomainStatus.of((DomainException) e))
                .isEqualTo(403);
    }
}
