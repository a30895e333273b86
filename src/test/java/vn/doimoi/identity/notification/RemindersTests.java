package vn.doimoi.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Audience;
import vn.doimoi.identity.Deadline;
import vn.doimoi.identity.Notice;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.ReminderMoment;
import vn.doimoi.identity.Reminders;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;

/** Reminders on the real PostgreSQL: the window, the e-mail copy, and once only even when two nodes race. */
@DoimoiSpringTest
class RemindersTests {

    static final LocalDate DUE = LocalDate.of(2027, 3, 15);

    @Autowired
    Reminders reminders;

    @Autowired
    Notifications notifications;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theWindowIsSevenDaysByDefaultAndEachKindMayHaveItsOwn() {
        Deadline report = new Deadline("progress-report", UUID.randomUUID().toString(), DUE);
        Deadline listing =
                new Deadline("listing-reconfirmation", UUID.randomUUID().toString(), DUE);

        assertThat(reminders.momentOf(report, DUE.minusDays(8))).isEmpty();
        assertThat(reminders.momentOf(report, DUE.minusDays(7))).hasValue(ReminderMoment.BEFORE);
        assertThat(reminders.momentOf(report, DUE)).hasValue(ReminderMoment.BEFORE);
        assertThat(reminders.momentOf(report, DUE.plusDays(1))).hasValue(ReminderMoment.OVERDUE);
        assertThat(reminders.momentOf(listing, DUE.minusDays(14))).hasValue(ReminderMoment.BEFORE);
    }

    @Test
    void aReminderReachesTheInboxAndTheMailServerOnce() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            // given a member of an organisation with a deadline on 15/03/2027
            UUID organisation = testUsers.organisation();
            String member = testUsers.create(Role.ORG_MEMBER, organisation);
            Deadline deadline =
                    new Deadline("progress-report", UUID.randomUUID().toString(), DUE);

            // when the reminder is sent seven days before, twice
            assertThat(send(deadline, DUE.minusDays(7), organisation)).isTrue();
            assertThat(send(deadline, DUE.minusDays(7), organisation)).isFalse();
            NotificationMailer mailer = TestMailers.mailerWith(smtp, jdbc, clock);
            for (int batch = 0; batch < 100 && mailer.sendPending() > 0; batch++) {
                // every pending notification of the shared test database goes out, ours among them
            }

            // then the member has it once in the inbox and once by e-mail, in Vietnamese with the link
            assertThat(notifications.inbox(testUsers.id(member), 10))
                    .singleElement()
                    .satisfies(n -> assertThat(n.subject()).isEqualTo("Sắp đến hạn báo cáo"));
            List<MimeMessage> mails = TestMailers.mailsTo(smtp, member + "@test.doimoi.vn");
            assertThat(mails).hasSize(1);
            assertThat(GreenMailUtil.getBody(mails.get(0))).contains("https://doimoi.example.vn/execution/tasks/1");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void twoNodesRacingForTheSameReminderSendItOnce() throws Exception {
        // given a member and an overdue deadline
        UUID organisation = testUsers.organisation();
        UserId member = testUsers.id(testUsers.create(Role.ORG_MEMBER, organisation));
        Deadline deadline = new Deadline("agency-report", UUID.randomUUID().toString(), DUE);

        // when two nodes send its overdue notice at the same moment
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> node = () -> {
            start.await();
            return send(deadline, DUE.plusDays(1), organisation);
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> sent = new ArrayList<>(List.of(nodes.submit(node), nodes.submit(node)));
            start.countDown();

            // then one of them sent it and the member has one notice
            assertThat(List.of(sent.get(0).get(), sent.get(1).get())).containsExactlyInAnyOrder(true, false);
            assertThat(notifications.inbox(member, 10))
                    .singleElement()
                    .satisfies(n -> assertThat(n.subject()).isEqualTo("Quá hạn báo cáo"));
        } finally {
            nodes.shutdownNow();
        }
    }

    private boolean send(Deadline deadline, LocalDate today, UUID organisation) {
        return reminders.remind(
                deadline,
                today,
                Audience.organisation(organisation),
                moment -> new Notice(
                        moment == ReminderMoment.BEFORE ? "Sắp đến hạn báo cáo" : "Quá hạn báo cáo",
                        "Bạn cần nộp báo cáo chậm nhất ngày 15/03/2027.",
                        "/execution/tasks/1"));
    }
}
