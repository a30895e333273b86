package vn.doimoi.ecosystem.events;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.web.PublicSite;

/**
 * The {@code .ics} file of one's own registration: the event and one's accepted meetings there;
 * once the event or a meeting is called off, the same entries marked cancelled.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationCalendar {

    private final EventRegistrations registrations;
    private final EventCatalogue catalogue;
    private final EventMeetings meetings;
    private final PublicSite site;
    private final Province province;

    RegistrationCalendar(
            EventRegistrations registrations,
            EventCatalogue catalogue,
            EventMeetings meetings,
            PublicSite site,
            Province province) {
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.meetings = meetings;
        this.site = site;
        this.province = province;
    }

    public String ics(CurrentUser actor, UUID registrationId) {
        RegistrationRow registration = registrations.own(actor, registrationId);
        EventRow event = catalogue.get(registration.eventId());
        String host = URI.create(site.publicUrl()).getHost();
        String place = event.venue() + ", " + event.communeName() + ", " + province.name();
        String page = site.absolute("/ecosystem/events/" + event.id());
        List<IcsCalendar.Entry> entries = new ArrayList<>();
        entries.add(new IcsCalendar.Entry(
                "registration-" + registration.id() + "@" + host,
                registration.createdAt(),
                event.startsAt(),
                event.endsAt(),
                event.title(),
                place,
                event.description(),
                page,
                event.cancelled()
                        ? IcsCalendar.Status.CANCELLED
                        : registration.confirmed() ? IcsCalendar.Status.CONFIRMED : IcsCalendar.Status.TENTATIVE,
                event.rowVersion()));
        for (MeetingRow meeting : meetings.agenda(actor, event.id())) {
            // a meeting called off is still written, cancelled, so a calendar that imported it drops it
            boolean off = meeting.status() == MeetingStatus.CANCELLED;
            if (meeting.status() != MeetingStatus.ACCEPTED && !off) {
                continue;
            }
            String with = meeting.otherOrganisation() == null
                    ? meeting.otherName()
                    : meeting.otherName() + " (" + meeting.otherOrganisation() + ")";
            entries.add(new IcsCalendar.Entry(
                    "meeting-" + meeting.id() + "@" + host,
                    registration.createdAt(),
                    meeting.slotStart(),
                    meeting.slotStart().plusSeconds(60L * meeting.slotMinutes()),
                    "B2B: " + with,
                    place,
                    meeting.note() == null ? event.title() : meeting.note(),
                    site.absolute("/ecosystem/events/" + event.id() + "/meetings"),
                    off ? IcsCalendar.Status.CANCELLED : IcsCalendar.Status.CONFIRMED,
                    off ? 1 : 0));
        }
        return IcsCalendar.of(entries);
    }
}
