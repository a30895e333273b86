package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DayClock;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.NotificationView;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Reminders;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.results.ResultRepository;
import vn.doimoi.projects.support.TaskAccess;

/**
 * The daily execution reminders on a clock the test moves: a progress report and each step of a
 * tranche, reminded once seven days before their day and once when overdue, to whoever holds them.
 */
@DoimoiSpringTest
class ExecutionRemindersTests {

    static final LocalDate REPORT_DUE = LocalDate.of(2030, 3, 31);
    static final LocalDate TRANCHE_PLANNED = LocalDate.of(2030, 6, 30);

    @Autowired
    TestUsers testUsers;

    @Autowired
    ExecutionTaskRepository tasks;

    @Autowired
    ProgressReportRepository reports;

    @Autowired
    TrancheRepository tranches;

    @Autowired
    ResultRepository results;

    @Autowired
    Reminders reminders;

    @Autowired
    TrancheReminders trancheReminders;

    @Autowired
    Notifications notifications;

    @Autowired
    TaskAccess access;

    @Autowired
    PlatformTransactionManager transactions;

    final DayClock clock = new DayClock(LocalDate.of(2030, 1, 1));

    @Test
    void theHostIsRemindedOfAProgressReportSevenDaysBeforeAndOnceWhenOverdue() {
        // given a task in progress whose first progress report is due on 31/03/2030
        UUID host = testUsers.organisation();
        UserId member = testUsers.id(testUsers.create(Role.ORG_MEMBER, host));
        ExecutionTask task = taskInProgress(host);
        tx(() -> reports.save(new ProgressReport(task.id(), 1, REPORT_DUE)));
        ExecutionReminders job = job();

        // when the job runs eight days before, nothing
        runOn(job, REPORT_DUE.minusDays(8));
        assertThat(inbox(member, task)).isEmpty();

        // when it runs seven days before, one reminder; run again that day and the next, nothing more
        runOn(job, REPORT_DUE.minusDays(7));
        runOn(job, REPORT_DUE.minusDays(7));
        runOn(job, REPORT_DUE);
        assertThat(inbox(member, task)).singleElement().satisfies(reminder -> {
            assertThat(reminder.subject()).isEqualTo(task.code() + ": sắp đến hạn báo cáo định kỳ số 1");
            assertThat(reminder.body())
                    .isEqualTo("Bạn cần nộp báo cáo định kỳ số 1 của nhiệm vụ \"" + task.title()
                            + "\" chậm nhất ngày 31/03/2030.");
            assertThat(reminder.link()).isEqualTo("/execution/tasks/" + task.id());
        });

        // when the due day has passed, one overdue notice, however often the job runs
        runOn(job, REPORT_DUE.plusDays(1));
        runOn(job, REPORT_DUE.plusDays(1));
        runOn(job, REPORT_DUE.plusDays(30));
        List<NotificationView> inbox = inbox(member, task);
        assertThat(inbox).hasSize(2);
        assertThat(inbox.get(0).subject()).isEqualTo(task.code() + ": báo cáo định kỳ số 1 đã quá hạn");
        assertThat(inbox.get(0).body())
                .contains("đã quá hạn từ ngày 31/03/2030")
                .contains("Bạn vui lòng");
    }

    @Test
    void eachStepOfATrancheRemindsWhoeverHoldsItOnce() {
        // given a task in progress with a tranche planned for 30/06/2030, a member of its host and a STAFF user
        UUID host = testUsers.organisation();
        UserId member = testUsers.id(testUsers.create(Role.ORG_MEMBER, host));
        UserId staff = testUsers.id(testUsers.create(Role.STAFF));
        ExecutionTask task = taskInProgress(host);
        Tranche tranche = tx(() -> tranches.save(new Tranche(
                task.id(), new ContractTerms.TrancheTerm(2, new BigDecimal("300000000"), null, TRANCHE_PLANNED))));
        ExecutionReminders job = job();

        // when the job runs eight days before, nothing
        runOn(job, TRANCHE_PLANNED.minusDays(8));
        assertThat(inbox(member, task)).isEmpty();

        // when seven days before (twice), the host is asked once to request the tranche; STAFF hears nothing yet
        runOn(job, TRANCHE_PLANNED.minusDays(7));
        runOn(job, TRANCHE_PLANNED.minusDays(7));
        assertThat(inbox(member, task)).singleElement().satisfies(reminder -> {
            assertThat(reminder.subject()).isEqualTo(task.code() + ": sắp đến ngày cấp kinh phí đợt 2");
            assertThat(reminder.body()).contains("dự kiến cấp ngày 30/06/2030").contains("Bạn hãy gửi đề nghị");
            assertThat(reminder.link()).isEqualTo("/execution/tasks/" + task.id());
        });
        assertThat(inbox(staff, task)).isEmpty();

        // when the planned day passes without a request, the host gets one overdue notice
        runOn(job, TRANCHE_PLANNED.plusDays(1));
        runOn(job, TRANCHE_PLANNED.plusDays(2));
        assertThat(inbox(member, task)).hasSize(2);
        assertThat(inbox(member, task).get(0).subject())
                .isEqualTo(task.code() + ": chưa có đề nghị cấp kinh phí đợt 2");

        // when the host then requests it, STAFF gets one overdue notice to approve it, however often the job runs
        tx(() -> {
            Tranche requested = tranches.findById(tranche.id()).orElseThrow();
            requested.request(Set.of(), BigDecimal.ZERO, new BigDecimal("800000000"), null, Instant.now());
            return tranches.save(requested);
        });
        runOn(job, TRANCHE_PLANNED.plusDays(3));
        runOn(job, TRANCHE_PLANNED.plusDays(3));
        runOn(job, TRANCHE_PLANNED.plusDays(4));
        assertThat(inbox(staff, task)).singleElement().satisfies(notice -> {
            assertThat(notice.subject()).isEqualTo(task.code() + ": đề nghị cấp kinh phí đợt 2 chờ duyệt đã quá hạn");
            assertThat(notice.body()).contains("vẫn chờ bạn duyệt").contains("30/06/2030");
        });
        assertThat(inbox(member, task)).hasSize(2);
    }

    private ExecutionTask taskInProgress(UUID host) {
        TaskApproved approved = new TaskApproved(
                UUID.randomUUID(),
                "ĐT.NH." + UUID.randomUUID().toString().substring(0, 4),
                "Nghiên cứu giống lúa chịu mặn " + UUID.randomUUID().toString().substring(0, 4),
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                host,
                null,
                null,
                List.of("401"),
                List.<ApprovedProduct>of(),
                new BigDecimal("800000000"),
                BigDecimal.ZERO,
                12,
                "15/QĐ-UBND",
                LocalDate.of(2029, 12, 1));
        return tx(() -> {
            ExecutionTask task = new ExecutionTask(approved, Instant.now());
            task.contractDrafted();
            task.contractSigned();
            return tasks.save(task);
        });
    }

    private ExecutionReminders job() {
        return new ExecutionReminders(
                tasks, reports, results, reminders, trancheReminders, notifications, access, clock);
    }

    private void runOn(ExecutionReminders job, LocalDate day) {
        clock.set(day);
        tx(job::sendReminders);
    }

    /** The notices about this task in the user's inbox, newest first. */
    private List<NotificationView> inbox(UserId user, ExecutionTask task) {
        return notifications.inbox(user, 200).stream()
                .filter(n -> n.subject().startsWith(task.code() + ":"))
                .toList();
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }
}
