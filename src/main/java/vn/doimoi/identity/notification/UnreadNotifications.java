package vn.doimoi.identity.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.web.InboxCounter;

/** The header's unread count, one indexed query, asked only when a page shows the bell. */
@Component
class UnreadNotifications implements InboxCounter {

    private final JdbcClient jdbc;

    UnreadNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int unreadFor(String username) {
        return jdbc.sql("""
                        SELECT count(*) FROM identity.notification n JOIN identity.app_user u ON u.id = n.user_id
                        WHERE lower(u.username) = lower(?) AND n.read_at IS NULL""").param(username).query(Integer.class).single();
    }
}
