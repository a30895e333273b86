package vn.doimoi.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;

@DoimoiSpringTest
class NotificationsTests {

    @Autowired
    Notifications notifications;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NotificationMailer mailerWithoutServer;

    GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void notificationIsInTheInboxAndItsEmailReachesTheMailServerInVietnamese() throws Exception {
        // given a staff member and a notification for every staff member
        String staff = testUsers.create(Role.STAFF);
        notifications.sendToRole(
                Role.STAFF, "Hồ sơ mới nộp", "Công ty Đổi Mới đã nộp hồ sơ cho thông báo tuyển chọn.", "/calls/1");

        // when the mailer runs against a real SMTP server
        int sent = mailerWith(smtp).sendPending();

        // then the staff member got the e-mail with the Vietnamese subject and an absolute link
        assertThat(sent).isPositive();
        MimeMessage mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(staff + "@test.doimoi.vn");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("[doimoi] Hồ sơ mới nộp");
        assertThat(GreenMailUtil.getBody(mail)).contains("https://doimoi.example.vn/calls/1");
        // and sees it, unread, in the inbox and in the header's bell
        UserId id = testUsers.id(staff);
        assertThat(notifications.unreadCount(id)).isEqualTo(1);
        assertThat(mvc.get().uri("/notifications").with(user(testUsers.principal(staff))))
                .hasStatusOk()
                .bodyText()
                .contains("Hồ sơ mới nộp")
                .contains("class=\"badge\"");
        // and a sent notification is never sent twice
        assertThat(mailerWith(smtp).sendPending()).isZero();
    }

    @Test
    void markingAllReadEmptiesTheBell() {
        String member = testUsers.create(Role.ORG_MEMBER);
        UserId id = testUsers.id(member);
        notifications.send(id, "Nhắc hạn báo cáo", "Báo cáo định kỳ đến hạn ngày 30/11/2026.", null);

        assertThat(mvc.post()
                        .uri("/notifications/read-all")
                        .with(user(testUsers.principal(member)))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(notifications.unreadCount(id)).isZero();
        assertThat(notifications.inbox(id, 10))
                .singleElement()
                .satisfies(n -> assertThat(n.read()).isTrue());
    }

    @Test
    void withoutAMailServerNotificationsStayInTheAppAndAreNotQueuedForever() {
        String member = testUsers.create(Role.ORG_MEMBER);
        UserId id = testUsers.id(member);
        notifications.send(id, "Kết quả xét chọn", "Hồ sơ của quý đơn vị đã được xếp hạng.", "/dossiers/1");

        assertThat(mailerWithoutServer.sendPending()).isZero();

        assertThat(jdbc.sql("SELECT email_error FROM identity.notification WHERE user_id = ?")
                        .param(id.value())
                        .query(String.class)
                        .single())
                .isEqualTo("no mail server configured");
        assertThat(notifications.unreadCount(id)).isEqualTo(1);
    }

    private NotificationMailer mailerWith(GreenMail server) {
        return TestMailers.mailerWith(server, jdbc, clock);
    }
}
