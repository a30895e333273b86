package vn.doimoi.ecosystem.initiatives;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.UserId;

/** Tells an author, in Vietnamese, what happened to their initiative; the notice opens its page. */
@Component
class InitiativeNotices {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Notifications notifications;
    private final MessageSource messages;

    InitiativeNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    void toAuthor(Initiative initiative, String key) {
        notifications.send(
                new UserId(initiative.authorUserId()),
                messages.getMessage(key + ".subject", new Object[] {initiative.title()}, VI),
                messages.getMessage(key + ".body", new Object[] {initiative.title()}, VI),
                "/ecosystem/initiatives/" + initiative.id());
    }
}
