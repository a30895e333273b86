package vn.doimoi.ecosystem.startups.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.ecosystem.startups.InnovatorProfile;
import vn.doimoi.ecosystem.startups.StartupCatalogue;
import vn.doimoi.ecosystem.startups.StartupRegister;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * STAFF's recognition: the applications waiting and every profile; one profile with the criteria of
 * the rule version in force to confirm; recognise, or refuse with the reasons.
 */
@Controller
class StaffStartupController {

    private final StartupRegister register;
    private final StartupCatalogue catalogue;

    StaffStartupController(StartupRegister register, StartupCatalogue catalogue) {
        this.register = register;
        this.catalogue = catalogue;
    }

    @GetMapping("/staff/ecosystem/startups")
    String list(Model model) {
        model.addAttribute(
                "queue", register.queue().stream().map(catalogue::card).toList());
        model.addAttribute("all", register.all().stream().map(catalogue::card).toList());
        return "ecosystem/startups/staff";
    }

    @GetMapping("/staff/ecosystem/startups/{id}")
    String review(@PathVariable UUID id, Model model) {
        InnovatorProfile profile = register.get(id);
        var rule = register.ruleInForce();
        model.addAttribute("card", catalogue.card(profile));
        model.addAttribute("rule", rule);
        model.addAttribute("criteria", rule.values().criteriaFor(profile.kind()));
        return "ecosystem/startups/review";
    }

    @PostMapping("/staff/ecosystem/startups/{id}/recognise")
    String recognise(@PathVariable UUID id, @ModelAttribute DecisionForm form, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect,
                page(id),
                "startups.recognised",
                () -> register.recognise(id, form.version(), form.confirmed(), form.text()));
    }

    @PostMapping("/staff/ecosystem/startups/{id}/refuse")
    String refuse(@PathVariable UUID id, @ModelAttribute DecisionForm form, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, page(id), "startups.refused", () -> register.refuse(id, form.version(), form.text()));
    }

    private static String page(UUID id) {
        return "/staff/ecosystem/startups/" + id;
    }
}
