package vn.doimoi.ecosystem.events.web;

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
import vn.doimoi.ecosystem.events.EventExhibitors;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/** An organisation exhibits at an event with listings it chooses from its own live ones. */
@Controller
class ExhibitorController {

    private final EventCatalogue catalogue;
    private final EventExhibitors exhibitors;
    private final Accounts accounts;

    ExhibitorController(EventCatalogue catalogue, EventExhibitors exhibitors, Accounts accounts) {
        this.catalogue = catalogue;
        this.exhibitors = exhibitors;
        this.accounts = accounts;
    }

    @GetMapping("/ecosystem/events/{id}/exhibit")
    String form(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        CurrentUser me = actor();
        model.addAttribute("event", catalogue.get(id));
        if (me.organisationId() == null) {
            PostRedirectGet.problem(redirect, "events.error.noOrganisation");
            return PostRedirectGet.redirect("/ecosystem/events/" + id);
        }
        model.addAttribute("choices", exhibitors.choices(me));
        model.addAttribute("chosen", exhibitors.chosen(me, id));
        return "ecosystem/events/exhibit";
    }

    @PostMapping("/ecosystem/events/{id}/exhibit")
    String exhibit(
            @PathVariable UUID id,
            @RequestParam(name = "listing", required = false) @Nullable List<String> listings,
            RedirectAttributes redirect) {
        CurrentUser me = actor();
        catalogue.get(id);
        return PostRedirectGet.act(
                redirect,
                "/ecosystem/events/" + id,
                "events.exhibited",
                () -> exhibitors.exhibit(me, id, ids(listings)));
    }

    private static Set<UUID> ids(@Nullable List<String> values) {
        if (values == null) {
            return Set.of();
        }
        try {
            return values.stream()
                    .map(String::strip)
                    .map(UUID::fromString)
                    .collect(java.util.stream.Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("events.error.exhibitNotOwn");
        }
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
