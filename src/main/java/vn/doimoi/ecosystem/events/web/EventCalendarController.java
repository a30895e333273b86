package vn.doimoi.ecosystem.events.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.ecosystem.events.EventCatalogue;
import vn.doimoi.ecosystem.events.EventDeals;
import vn.doimoi.ecosystem.events.EventExhibitors;
import vn.doimoi.ecosystem.events.EventRegistrations;
import vn.doimoi.ecosystem.events.EventRow;
import vn.doimoi.ecosystem.events.EventTimes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;

/** The public calendar (a list of what is coming and a month grid) and each event's page. */
@Controller
class EventCalendarController {

    private final EventCatalogue catalogue;
    private final EventRegistrations registrations;
    private final EventExhibitors exhibitors;
    private final EventDeals deals;
    private final Accounts accounts;

    EventCalendarController(
            EventCatalogue catalogue,
            EventRegistrations registrations,
            EventExhibitors exhibitors,
            EventDeals deals,
            Accounts accounts) {
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.exhibitors = exhibitors;
        this.deals = deals;
        this.accounts = accounts;
    }

    @GetMapping("/ecosystem/events")
    String calendar(@RequestParam(required = false) @Nullable String month, Model model) {
        Instant now = catalogue.now();
        YearMonth shown = MonthCalendar.parse(month, YearMonth.from(EventTimes.local(now)));
        model.addAttribute("upcoming", catalogue.upcoming());
        model.addAttribute("calendar", MonthCalendar.of(shown, catalogue.inMonth(shown)));
        model.addAttribute("now", now);
        return "ecosystem/events/calendar";
    }

    @GetMapping("/ecosystem/events/{id}")
    String event(@PathVariable UUID id, Model model) {
        EventRow event = catalogue.get(id);
        Instant now = catalogue.now();
        CurrentUser me = accounts.current().orElse(null);
        model.addAttribute("event", event);
        model.addAttribute("now", now);
        model.addAttribute("exhibitors", exhibitors.of(id));
        model.addAttribute(
                "registration",
                me == null ? null : registrations.current(me.id().value(), id).orElse(null));
        model.addAttribute("canRegisterForOrganisation", me != null && me.organisationId() != null);
        model.addAttribute("deals", event.over(now) ? deals.startedAt(event) : java.util.List.of());
        return "ecosystem/events/event";
    }
}
