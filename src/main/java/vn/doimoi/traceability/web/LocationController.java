package vn.doimoi.traceability.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;
import vn.doimoi.traceability.LocationKind;
import vn.doimoi.traceability.catalogue.Locations;

/** A member registers a farm, plant or warehouse with its GLN on a commune of the province. */
@Controller
class LocationController {

    private final Members members;
    private final Locations locations;

    LocationController(Members members, Locations locations) {
        this.members = members;
        this.locations = locations;
    }

    @GetMapping("/traceability/locations/new")
    String form(Model model, RedirectAttributes redirect) {
        if (!members.verified(members.actor())) {
            PostRedirectGet.problem(redirect, "traceability.error.unverified");
            return PostRedirectGet.redirect("/traceability");
        }
        return form(model, LocationForm.empty(), FormErrors.none());
    }

    @PostMapping("/traceability/locations/new")
    String create(
            @ModelAttribute("form") LocationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = members.actor();
        return FormSubmission.of(binding, LocationController::field)
                .run(
                        () -> {
                            locations.create(actor, form.location());
                            return PostRedirectGet.done(redirect, "/traceability", "traceability.location.created");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, form, errors);
                        });
    }

    private String form(Model model, LocationForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", LocationKind.values());
        model.addAttribute("communes", locations.communes());
        return "traceability/location-form";
    }

    private static String field(DomainException refusal) {
        String key = refusal.messageKey();
        return key.contains("gln")
                ? "gln"
                : key.contains("commune") ? "communeCode" : key.contains("name") ? "name" : FormErrors.GLOBAL;
    }
}
