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

/** The {@code .ics} file of one's own registration: the event and one's accepted meetings there. */
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
                registration.confirmed() && !event.cancelled(),
                event.rowVersion()));
        for (MeetingRow meeting : meetings.agenda(actor, event.id())) {
            if (meeting.status() != MeetingStatus.ACCEPTED) {
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
                    true,
                    0));
        }
        return IcsCalendar.of(entries);
    }
}
