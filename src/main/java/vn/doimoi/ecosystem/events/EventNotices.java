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
        send(user, "events.notify.promoted", page(event), event.title());
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

    /** STAFF called the event off; the person's registration and meetings there are off with it. */
    void cancelled(UUID user, EventRow event) {
        send(user, "events.notify.cancelled", page(event), event.title(), when(event.startsAt()), reason(event));
    }

    /** The same, to every member of an organisation that was to exhibit. */
    void cancelledForExhibitor(UUID organisation, EventRow event) {
        Object[] args = {event.title(), when(event.startsAt()), reason(event)};
        notifications.sendToOrganisation(
                organisation,
                vi("events.notify.cancelledExhibitor.subject", args),
                vi("events.notify.cancelledExhibitor.body", args),
                page(event));
    }

    /** Tomorrow's event, with how many B2B meetings the person has there. */
    void reminder(UUID user, EventRow event, int meetings) {
        send(
                user,
                "events.notify.reminder",
                page(event),
                event.title(),
                when(event.startsAt()),
                event.venue() + ", " + event.communeName(),
                meetings);
    }

    /** The event moved to new dates. */
    void postponed(UUID user, EventRow event) {
        send(user, "events.notify.postponed", page(event), event.title(), when(event.startsAt()), when(event.endsAt()));
    }

    /** A meeting's slot is no longer within the event's new times. */
    void meetingDropped(UUID user, EventRow event, String other, Instant slot) {
        send(user, "events.notify.meetingDropped", agenda(event), event.title(), other, when(slot));
    }

    private void send(UUID user, String key, String link, Object... args) {
        notifications.send(new UserId(user), vi(key + ".subject", args), vi(key + ".body", args), link);
    }

    private String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VietnameseText.VIETNAMESE);
    }

    private static String page(EventRow event) {
        return "/ecosystem/events/" + event.id();
    }

    private static String reason(EventRow event) {
        return event.cancelReason() == null ? "" : event.cancelReason();
    }

    private static String agenda(EventRow event) {
        return "/ecosystem/events/" + event.id() + "/meetings";
    }

    private static String when(Instant slot) {
        return VietnameseFormats.dateTime(EventTimes.local(slot));
    }
}
