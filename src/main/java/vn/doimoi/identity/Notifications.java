package vn.doimoi.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells users that something needs them: stored in their in-app inbox (the bell in the header)
 * and sent by e-mail in the background when a mail server is configured. Other modules write the
 * Vietnamese subject and body themselves; the link is a path inside doimoi ("/calls/…").
 */
@Service
@Transactional
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Notifies one user. */
    public void send(UserId recipient, String subject, String body, String link) {
        jdbc.sql("""
                        INSERT INTO identity.notification (id, user_id, subject, body, link, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        recipient.value(),
                        truncate(subject, 300),
                        body,
                        link,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** Notifies every enabled user who has the role (e.g. all Department staff). */
    public void sendToRole(Role role, String subject, String body, String link) {
        usersWithRole(role).forEach(user -> send(user, subject, body, link));
    }

    /** Notifies every enabled user who acts for the organisation. */
    public void sendToOrganisation(UUID organisationId, String subject, String body, String link) {
        jdbc.sql("SELECT id FROM identity.app_user WHERE organisation_id = ? AND enabled")
                .param(organisationId)
                .query(UUID.class)
                .list()
                .forEach(id -> send(new UserId(id), subject, body, link));
    }

    @Transactional(readOnly = true)
    public List<NotificationView> inbox(UserId user, int limit) {
        return jdbc.sql("""
                        SELECT id, subject, body, link, created_at, read_at IS NOT NULL AS read
                        FROM identity.notification WHERE user_id = ? ORDER BY created_at DESC LIMIT ?""")
                .params(user.value(), limit)
                .query((rs, row) -> new NotificationView(
                        rs.getObject("id", UUID.class),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("read")))
                .list();
    }

    @Transactional(readOnly = true)
    public int unreadCount(UserId user) {
        return jdbc.sql("SELECT count(*) FROM identity.notification WHERE user_id = ? AND read_at IS NULL")
                .param(user.value())
                .query(Integer.class)
                .single();
    }

    /** Marks all of a user's notifications as read. */
    public void markAllRead(UserId user) {
        jdbc.sql("UPDATE identity.notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
                .params(java.sql.Timestamp.from(clock.instant()), user.value())
                .update();
    }

    private List<UserId> usersWithRole(Role role) {
        return jdbc.sql("""
                        SELECT u.id FROM identity.app_user u JOIN identity.user_role r ON r.user_id = u.id
                        WHERE r.role = ? AND u.enabled""").param(role.name()).query(UUID.class).list().stream()
                .map(UserId::new)
                .toList();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
