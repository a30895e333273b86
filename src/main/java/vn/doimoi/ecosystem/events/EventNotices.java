package vn.doimoi.ecosystem.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.UserId;
import vn.doimoi.shared.text.VietnameseFormats;
import vn.doimoi.shared.text.VietnameseText;

/** What an event tells people in their inbox, in Vietnamese from the messages file. */
@Component
class EventNotices {

    private final Notifications notifications;
    private final MessageSource messages;

    EventNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** The first in line got the seat someone gave up. */
    void promoted(UUID user, EventRow event) {
        send(user, "events.notify.promoted", "/ecosystem/events/" + event.id(), event.title());
    }

    void meetingRequested(UUID invitee, EventRow event, String requester, Instant slot) {
        send(invitee, "events.notify.meetingRequested", agenda(event), event.title(), requester, when(slot));
    }

    void meetingAccepted(UUID requester, EventRow event, String invitee, Instant slot) {
        send(requester, "events.notify.meetingAccepted", agenda(event), event.title(), invitee, when(slot));
    }

    void meetingDeclined(UUID other, EventRow event, String by, Instant slot) {
        send(other, "events.notify.meetingDeclined", agenda(event), event.title(), by, when(slot));
    }

    private void send(UUID user, String key, String link, Object... args) {
        notifications.send(new UserId(user), vi(key + ".subject", args), vi(key + ".body", args), link);
    }

    private String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VietnameseText.VIETNAMESE);
    }

    private static String agenda(EventRow event) {
        return "/ecosystem/events/" + event.id() + "/meetings";
    }

    private static String when(Instant slot) {
        return VietnameseFormats.dateTime(EventTimes.local(slot));
    }
}
