package vn.doimoi.programs.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.doimoi.programs.AgencyReportReminding;
import vn.doimoi.programs.Recurrence;

/** The daily agency-report reminders on a clock the test moves: before the due day once, overdue once. */
@DoimoiSpringTest
class AgencyReportRemindersTests {

    static final UUID PROGRAMME = UUID.fromString("00000054-0000-4000-8000-000000000000");

    @Autowired
    TestUsers testUsers;

    @Autowired
    ProgrammeMonitoring monitoring;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    AgencyReportRepository reports;

    @Autowired
    Reminders reminders;

    @Autowired
    MessageSource messages;

    @Autowired
    ProgramsProperties properties;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AgencyReportReminders scheduledJob;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgencyReportReminding onDemand;

    static final String LOCK = "programs.agencyReportReminders";

    @Test
    void onDemandTheMorningRunSendsTheOverdueNoticeOnceAsTheDemoAsksAtStart() {
        // given an assignment whose yearly report for last year is overdue today
        UUID agency = testUsers.agency();
        UserId agencyUser = testUsers.id(testUsers.create(Role.AGENCY, agency));
        int lastYear = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
        UUID assignment = assignYearly(agency, "Báo cáo theo yêu cầu ", LocalDate.of(lastYear, 1, 1));
        String title = assignments.findById(assignment).orElseThrow().title();

        // when the run is asked for twice, as a demo start and then a restart would
        onDemand.sendDue();
        onDemand.sendDue();

        // then the agency's user has last year's overdue notice, once
        assertThat(inbox(agencyUser))
                .filteredOn(notice -> notice.subject().contains(title))
                .singleElement()
                .satisfies(notice -> assertThat(notice.subject())
                        .isEqualTo("Quá hạn báo cáo: " + title + " (Năm " + lastYear + ")"));
    }

    @Test
    void theLeadAgencyIsRemindedSevenDaysBeforeTheDueDayAndOnceWhenOverdueNeverTwice() {
        // given an assignment reported yearly since 2026, whose 2026 report is due on 10/01/2027
        UUID agency = testUsers.agency();
        UserId agencyUser = testUsers.id(testUsers.create(Role.AGENCY, agency));
        UUID assignment = assignYearly(agency, "Tuyên truyền Chương trình 54 ", LocalDate.of(2026, 1, 1));
        DayClock clock = new DayClock(LocalDate.of(2027, 1, 2));
        AgencyReportReminders job =
                new AgencyReportReminders(assignments, reports, reminders, messages, properties, clock);

        // when the job runs eight days before the due day, nothing is sent
        run(job);
        assertThat(inbox(agencyUser)).isEmpty();

        // when it runs seven days before, the agency's user gets one reminder, in Vietnamese, with the link
        clock.set(LocalDate.of(2027, 1, 3));
        run(job);
        assertThat(inbox(agencyUser)).singleElement().satisfies(reminder -> {
            assertThat(reminder.subject()).startsWith("Sắp đến hạn báo cáo: Tuyên truyền Chương trình 54");
            assertThat(reminder.body())
                    .startsWith("Bạn cần nộp báo cáo Năm 2026")
                    .endsWith("chậm nhất ngày 10/01/2027.");
            assertThat(reminder.link()).isEqualTo("/programs/reports/assignments/" + assignment + "/new?period=2026");
        });

        // when it runs again that day and the following days, nothing more
        run(job);
        clock.set(LocalDate.of(2027, 1, 10));
        run(job);
        assertThat(inbox(agencyUser)).hasSize(1);

        // when the due day has passed, one overdue notice; a second run the same or the next day adds nothing
        clock.set(LocalDate.of(2027, 1, 11));
        run(job);
        run(job);
        clock.set(LocalDate.of(2027, 1, 12));
        run(job);
        List<NotificationView> inbox = inbox(agencyUser);
        assertThat(inbox).hasSize(2);
        assertThat(inbox.get(0).subject()).startsWith("Quá hạn báo cáo: Tuyên truyền Chương trình 54");
        assertThat(inbox.get(0).body())
                .contains("Báo cáo Năm 2026")
                .contains("đã quá hạn từ ngày 10/01/2027")
                .contains("Bạn vui lòng nộp báo cáo ngay.");
    }

    @Test
    void whileAnotherNodeHoldsTheJobsLockThisNodeSkipsTheRun() {
        // given an assignment whose 2025 report (due 10/01/2026) is overdue today
        UUID agency = testUsers.agency();
        UserId agencyUser = testUsers.id(testUsers.create(Role.AGENCY, agency));
        assignYearly(agency, "Đào tạo cán bộ ", LocalDate.of(2025, 1, 1));
        // and another node in the middle of the daily run: it holds the job's row in shedlock
        jdbc.sql("""
                        INSERT INTO public.shedlock (name, lock_until, locked_at, locked_by)
                        VALUES (?, timezone('utc', now()) + interval '10 minutes', timezone('utc', now()), 'node-2')
                        ON CONFLICT (name) DO UPDATE SET lock_until = EXCLUDED.lock_until,
                            locked_at = EXCLUDED.locked_at, locked_by = EXCLUDED.locked_by""").param(LOCK).update();

        // when the scheduler of this node starts the job, it does not run
        scheduledJob.daily();
        assertThat(inbox(agencyUser)).isEmpty();

        // when the other node has finished, the next run goes ahead and sends the overdue notice once
        jdbc.sql("UPDATE public.shedlock SET lock_until = timezone('utc', now()) - interval '1 second' WHERE name = ?")
                .param(LOCK)
                .update();
        scheduledJob.daily();
        scheduledJob.daily();
        assertThat(inbox(agencyUser))
                .singleElement()
                .satisfies(notice -> assertThat(notice.body()).contains("đã quá hạn từ ngày 10/01/2026"));
        assertThat(jdbc.sql("SELECT locked_by FROM public.shedlock WHERE name = ?")
                        .param(LOCK)
                        .query(String.class)
                        .single())
                .isNotEqualTo("node-2");
    }

    /** An action of task group 1 led by the agency, reported yearly from that day. */
    private UUID assignYearly(UUID agency, String title, LocalDate startsOn) {
        return monitoring.assign(new AssignmentData(
                monitoring.programme(PROGRAMME).taskGroups().get(0).id(),
                title + UUID.randomUUID().toString().substring(0, 6),
                null,
                agency,
                Set.of(),
                null,
                Recurrence.ANNUAL,
                startsOn,
                null));
    }

    private void run(AgencyReportReminders job) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> job.send());
    }

    private List<NotificationView> inbox(UserId user) {
        return notifications.inbox(user, 20);
    }
}
