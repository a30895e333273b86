package vn.doimoi.ecosystem.awards;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.UserId;

/** Tells a nominator, in Vietnamese, what happened to their nomination; the notice opens its page. */
@Component
class AwardNotices {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Notifications notifications;
    private final MessageSource messages;

    AwardNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    void toNominator(Nomination nomination, String key) {
        Object[] args = {nomination.nomineeName(), nomination.achievement()};
        notifications.send(
                new UserId(nomination.nominatedBy()),
                messages.getMessage(key + ".subject", args, VI),
                messages.getMessage(key + ".body", args, VI),
                AwardPages.nomination(nomination.id()));
    }
}
