package vn.doimoi.projects.support;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.shared.text.MessageText;

/**
 * The notices the task processes send (in Vietnamese, the language of the province's records):
 * one place that turns message keys into text and hands them to identity's notifications.
 */
@Component
public class Notices {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Notifications notifications;
    private final MessageSource messages;

    Notices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** A message in Vietnamese; the key itself when it is missing. */
    public String t(String key, Object... args) {
        return MessageText.of(messages, VI, key, args);
    }

    public void toUser(UUID userId, String subject, String body, String link) {
        notifications.send(new UserId(userId), subject, body, link);
    }

    public void toOrganisation(UUID organisationId, String subject, String body, String link) {
        notifications.sendToOrganisation(organisationId, subject, body, link);
    }

    public void toRole(Role role, String subject, String body, String link) {
        notifications.sendToRole(role, subject, body, link);
    }
}
