package vn.doimoi.ecosystem.events.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.ecosystem.events.EventMeetings;
import vn.doimoi.ecosystem.events.EventRegistrations;
import vn.doimoi.ecosystem.events.RegistrationCalendar;
import vn.doimoi.ecosystem.events.RegistrationRow;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/** Registering and withdrawing, the .ics file of one's registration, and one's own agenda. */
@Controller
class ParticipationController {

    private final EventRegistrations registrations;
    private final EventMeetings meetings;
    private final RegistrationCalendar calendar;
    private final Accounts accounts;

    ParticipationController(
            EventRegistrations registrations,
            EventMeetings meetings,
            RegistrationCalendar calendar,
            Accounts accounts) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.calendar = calendar;
        this.accounts = accounts;
    }

    @PostMapping("/ecosystem/events/{id}/register")
    String register(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean forOrganisation,
            RedirectAttributes redirect) {
        CurrentUser me = actor();
        String page = "/ecosystem/events/" + id;
        try {
            RegistrationRow registration = registrations.register(me, id, forOrganisation);
            return PostRedirectGet.done(
                    redirect, page, registration.confirmed() ? "events.registered" : "events.registeredWaiting");
        } catch (DomainException refusal) {
            if (refusal.isNotFound()) {
                throw refusal;
            }
            PostRedirectGet.problem(redirect, refusal);
            return PostRedirectGet.redirect(page);
        }
    }

    @PostMapping("/ecosystem/events/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser me = actor();
        return PostRedirectGet.act(
                redirect, "/ecosystem/events/" + id, "events.withdrawn", () -> registrations.cancel(me, id));
    }

    @GetMapping("/ecosystem/events/registrations/{id}/calendar.ics")
    ResponseEntity<byte[]> ics(@PathVariable UUID id) {
        byte[] body = calendar.ics(actor(), id).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("su-kien-" + id + ".ics")
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/ecosystem/events/my")
    String mine(Model model) {
        CurrentUser me = actor();
        model.addAttribute("registrations", registrations.mine(me));
        model.addAttribute("meetings", meetings.mine(me));
        return "ecosystem/events/my";
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
