package vn.doimoi.identity.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.doimoi.identity.security.IdentityProperties;

/** The notification mailer pointed at a GreenMail server, and what that server received for one address. */
final class TestMailers {

    private TestMailers() {}

    static NotificationMailer mailerWith(GreenMail server, JdbcClient jdbc, Clock clock) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mail", sender));
        return new NotificationMailer(
                jdbc,
                beans.getBeanProvider(JavaMailSender.class),
                new IdentityProperties("admin", null, "doimoi@test.doimoi.vn", "https://doimoi.example.vn/"),
                clock);
    }

    static List<MimeMessage> mailsTo(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
