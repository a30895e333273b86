package vn.doimoi.ecosystem.events;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * Events' part of "Việc của tôi" (ADR 0044): a B2B meeting someone asked for waits for the
 * invitee's answer, under the invitations. Nothing is shown to someone nobody asked.
 */
@Component
record EventWork(EventMeetings meetings, Accounts accounts) implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        List<WorkItem> requests = meetings.mine(me).stream()
                .filter(MeetingRow::mineToAnswer)
                .map(meeting -> WorkItem.due(
                        "events.me.meetingRequest",
                        "/ecosystem/events/" + meeting.eventId() + "/meetings",
                        meeting.start().toLocalDate(),
                        java.time.LocalDate.now(EventTimes.VIETNAM),
                        meeting.otherName(),
                        meeting.eventTitle()))
                .toList();
        return requests.isEmpty() ? List.of() : List.of(Heading.INVITATIONS.of(requests));
    }
}
