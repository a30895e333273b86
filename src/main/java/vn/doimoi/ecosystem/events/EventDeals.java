package vn.doimoi.ecosystem.events;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.OrganisationMarket;
import vn.doimoi.market.StartedDeal;

/**
 * The deals an event started (ADR 0067): a deal of the market between the organisations of the two
 * sides of an accepted B2B meeting, whose expression of interest came from the meeting's slot to
 * {@link #FOLLOW_UP} after the event ended. Nobody has to tag anything, and a deal is counted once
 * however many meetings its parties had.
 */
@Service
@Transactional(readOnly = true)
public class EventDeals {

    /** How long after the event a first step still counts as started there. */
    static final Duration FOLLOW_UP = Duration.ofDays(180);

    private final EventMeetings meetings;
    private final EventPeople people;
    private final OrganisationMarket market;

    EventDeals(EventMeetings meetings, EventPeople people, OrganisationMarket market) {
        this.meetings = meetings;
        this.people = people;
        this.market = market;
    }

    public List<StartedDeal> startedAt(EventRow event) {
        Instant until = event.endsAt().plus(FOLLOW_UP);
        Map<UUID, StartedDeal> deals = new LinkedHashMap<>();
        for (MeetingRow meeting : meetings.accepted(event.id())) {
            UUID first = people.organisationOf(meeting.requesterId());
            UUID second = people.organisationOf(meeting.inviteeId());
            if (first == null || second == null || first.equals(second)) {
                continue;
            }
            market.dealsStartedBetween(first, second, meeting.slotStart(), until)
                    .forEach(deal -> deals.putIfAbsent(deal.id(), deal));
        }
        return List.copyOf(deals.values());
    }
}
