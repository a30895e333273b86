package vn.doimoi.identity.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.security.IdentityProperties;

/**
 * Sends the e-mail copy of new notifications in the background, so that a slow or absent mail
 * server never holds up the request that caused them. Without a mail server ({@code spring.mail.host}
 * unset) notifications stay in the app only and are marked so, instead of piling up to be sent
 * months later when one is configured.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final IdentityProperties properties;
    private final Clock clock;

    NotificationMailer(
            JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is pending; returns how many e-mails went out. */
    @Transactional
    public int sendPending() {
        List<Pending> pending = jdbc.sql("""
                        SELECT n.id, n.subject, n.body, n.link, u.email, u.display_name
                        FROM identity.notification n JOIN identity.app_user u ON u.id = n.user_id
                        WHERE n.emailed_at IS NULL ORDER BY n.created_at LIMIT ? FOR UPDATE OF n SKIP LOCKED""")
                .param(BATCH)
                .query((rs, row) -> new Pending(
                        rs.getObject("id", UUID.class),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getString("email"),
                        rs.getString("display_name")))
                .list();
        JavaMailSender sender = mailSender.getIfAvailable();
        int sent = 0;
        for (Pending notification : pending) {
            String error = null;
            if (sender == null) {
                error = "no mail server configured";
            } else {
                try {
                    sender.send(toMessage(sender, notification));
                    sent++;
                } catch (MailException | MessagingException e) {
                    log.warn("Notification e-mail to {} failed: {}", notification.email(), e.getMessage());
                    error = abbreviate(e.getMessage());
                }
            }
            jdbc.sql("UPDATE identity.notification SET emailed_at = ?, email_error = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), error, notification.id())
                    .update();
        }
        return sent;
    }

    private MimeMessage toMessage(JavaMailSender sender, Pending notification) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(notification.email());
        helper.setSubject("[doimoi] " + notification.subject());
        StringBuilder text = new StringBuilder()
                .append("Kính gửi ")
                .append(notification.displayName())
                .append(",\n\n")
                .append(notification.body())
                .append("\n");
        if (notification.link() != null) {
            text.append("\n").append(absolute(notification.link())).append("\n");
        }
        text.append("\n—\ndoimoi, nền tảng khoa học, công nghệ và đổi mới sáng tạo của tỉnh.\n");
        helper.setText(text.toString());
        return message;
    }

    private String absolute(String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        String base = properties.publicUrl().endsWith("/")
                ? properties.publicUrl().substring(0, properties.publicUrl().length() - 1)
                : properties.publicUrl();
        return base + (link.startsWith("/") ? link : "/" + link);
    }

    private static String abbreviate(String message) {
        String text = message == null ? "error" : message;
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private record Pending(UUID id, String subject, String body, String link, String email, String displayName) {}
}
