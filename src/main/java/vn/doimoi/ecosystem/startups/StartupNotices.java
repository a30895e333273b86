package vn.doimoi.ecosystem.startups;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;

/** Tells the organisation, in Vietnamese, what STAFF decided; tells STAFF a profile waits for them. */
@Component
class StartupNotices {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Notifications notifications;
    private final MessageSource messages;

    StartupNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    void toOrganisation(InnovatorProfile profile, String name, String key) {
        notifications.sendToOrganisation(
                profile.organisationId(),
                messages.getMessage(key + ".subject", new Object[] {name}, VI),
                messages.getMessage(key + ".body", new Object[] {name}, VI),
                "/ecosystem/startups/my");
    }

    void toStaff(InnovatorProfile profile, String name) {
        notifications.sendToRole(
                Role.STAFF,
                messages.getMessage("startups.notify.applied.subject", new Object[] {name}, VI),
                messages.getMessage("startups.notify.applied.body", new Object[] {name}, VI),
                "/staff/ecosystem/startups/" + profile.id());
    }
}
