package vn.doimoi.ecosystem.events.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.ecosystem.events.EventCatalogue;
import vn.doimoi.ecosystem.events.EventMeetings;
import vn.doimoi.ecosystem.events.EventRegistrations;
import vn.doimoi.ecosystem.events.EventRow;
import vn.doimoi.ecosystem.events.MeetingRow;
import vn.doimoi.ecosystem.events.RegistrationRow;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * B2B meetings at one event: the reader's agenda there, the form to ask another participant for a
 * slot (the slots either side already holds are marked), and the answers.
 */
@Controller
class MeetingController {

    private final EventCatalogue catalogue;
    private final EventRegistrations registrations;
    private final EventMeetings meetings;
    private final Accounts accounts;

    MeetingController(
            EventCatalogue catalogue, EventRegistrations registrations, EventMeetings meetings, Accounts accounts) {
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.meetings = meetings;
        this.accounts = accounts;
    }

    @GetMapping("/ecosystem/events/{id}/meetings")
    String agenda(@PathVariable UUID id, Model model) {
        CurrentUser me = actor();
        EventRow event = catalogue.get(id);
        List<MeetingRow> agenda = meetings.agenda(me, id);
        Set<Instant> booked = new HashSet<>(meetings.bookedSlots(me.id().value(), id));
        model.addAttribute("event", event);
        model.addAttribute("agenda", agenda);
        model.addAttribute("seated", registrations.holdsSeat(me.id().value(), id));
        model.addAttribute(
                "participants",
                registrations.confirmed(id).stream()
                        .filter(other -> !other.userId().equals(me.id().value()))
                        .toList());
        model.addAttribute(
                "freeSlots",
                event.slots().stream().filter(slot -> !booked.contains(slot)).toList());
        model.addAttribute("open", !event.cancelled() && !event.over(catalogue.now()));
        return "ecosystem/events/meetings";
    }

    @PostMapping("/ecosystem/events/{id}/meetings")
    String request(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String invitee,
            @RequestParam(required = false) @Nullable String slot,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        CurrentUser me = actor();
        catalogue.get(id);
        return PostRedirectGet.act(
                redirect,
                "/ecosystem/events/" + id + "/meetings",
                "events.meeting.requested",
                () -> meetings.request(me, id, participant(invitee), slot(slot), note));
    }

    @PostMapping("/ecosystem/events/meetings/{id}/accept")
    String accept(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser me = actor();
        return PostRedirectGet.act(
                redirect, "/ecosystem/events/my", "events.meeting.accepted", () -> meetings.answer(me, id, true));
    }

    @PostMapping("/ecosystem/events/meetings/{id}/decline")
    String decline(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser me = actor();
        return PostRedirectGet.act(
                redirect, "/ecosystem/events/my", "events.meeting.declined", () -> meetings.answer(me, id, false));
    }

    @PostMapping("/ecosystem/events/meetings/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser me = actor();
        return PostRedirectGet.act(
                redirect, "/ecosystem/events/my", "events.meeting.cancelled", () -> meetings.cancel(me, id));
    }

    private static UUID participant(@Nullable String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("events.error.meetingNotParticipant");
        }
    }

    private static Instant slot(@Nullable String value) {
        try {
            return Instant.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("events.error.meetingSlot");
        }
    }

    /** How the form names a participant: the person, and the organisation they come for. */
    static String label(RegistrationRow participant) {
        return participant.organisationName() == null
                ? participant.personName()
                : participant.personName() + " — " + participant.organisationName();
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
