package vn.doimoi.ecosystem.events;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.Events;
import vn.doimoi.ecosystem.NewEvent;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;

/** {@link Events} for the demo and other modules: the same services the pages call, as the signed-in user. */
@Component
class EventsFacade implements Events {

    private final EventCatalogue catalogue;
    private final EventRegistrations registrations;
    private final EventExhibitors exhibitors;
    private final EventMeetings meetings;
    private final Accounts accounts;

    EventsFacade(
            EventCatalogue catalogue,
            EventRegistrations registrations,
            EventExhibitors exhibitors,
            EventMeetings meetings,
            Accounts accounts) {
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.exhibitors = exhibitors;
        this.meetings = meetings;
        this.accounts = accounts;
    }

    @Override
    public Optional<UUID> byTitle(String title) {
        return catalogue.byTitle(title);
    }

    @Override
    public UUID publish(NewEvent event) {
        return catalogue.publish(actor(), event);
    }

    @Override
    public UUID register(UUID event, boolean forOrganisation) {
        return registrations.register(actor(), event, forOrganisation).id();
    }

    @Override
    public void exhibit(UUID event, Set<UUID> listings) {
        exhibitors.exhibit(actor(), event, listings);
    }

    @Override
    public UUID requestMeeting(UUID event, UUID invitee, Instant slot, String note) {
        return meetings.request(actor(), event, invitee, slot, note);
    }

    @Override
    public void acceptMeeting(UUID meeting) {
        meetings.answer(actor(), meeting, true);
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("events.error.signIn"));
    }
}
