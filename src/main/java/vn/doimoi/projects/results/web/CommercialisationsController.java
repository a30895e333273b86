package vn.doimoi.projects.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.results.CommercialisationKind;
import vn.doimoi.projects.results.Commercialisations;
import vn.doimoi.projects.results.Result;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/** The owner of a registered result (or STAFF) records how it was commercialised and what the authors were paid. */
@Controller
class CommercialisationsController {

    private final Commercialisations commercialisations;
    private final Accounts accounts;

    CommercialisationsController(Commercialisations commercialisations, Accounts accounts) {
        this.commercialisations = commercialisations;
        this.accounts = accounts;
    }

    @GetMapping("/execution/results/{id}/commercialisations/new")
    String form(@PathVariable UUID id, Model model) {
        Result result = commercialisations.recordable(Web.actor(accounts), id);
        return form(model, result, CommercialisationForm.empty(), FormErrors.none());
    }

    @PostMapping("/execution/results/{id}/commercialisations/new")
    String record(
            @PathVariable UUID id,
            @ModelAttribute("form") @Nullable CommercialisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = Web.actor(accounts);
        Result result = commercialisations.recordable(actor, id);
        // a value no field could take (text in an amount) leaves no form object: shown again empty
        CommercialisationForm typed = form == null ? CommercialisationForm.empty() : form;
        return FormSubmission.of(binding, refusal -> FormErrors.GLOBAL)
                .run(
                        () -> {
                            commercialisations.record(actor, id, typed.terms());
                            return PostRedirectGet.done(redirect, "/results/" + id, "result.sharing.recorded");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, result, typed, errors);
                        });
    }

    private String form(Model model, Result result, CommercialisationForm form, FormErrors errors) {
        model.addAttribute("resultId", result.id());
        model.addAttribute("resultTitle", result.title());
        model.addAttribute("kinds", CommercialisationKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "projects/execution/commercialisation-form";
    }
}
