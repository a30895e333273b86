package vn.doimoi.projects.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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
import vn.doimoi.projects.results.Commercialisation;
import vn.doimoi.projects.results.CommercialisationKind;
import vn.doimoi.projects.results.Commercialisations;
import vn.doimoi.projects.results.ProtectionTitle;
import vn.doimoi.projects.results.ProtectionTitleKind;
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
        model.addAttribute("commercialisationId", null);
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
        model.addAttribute("commercialisationId", null);
        return submit(binding, model, result, typed, response, () -> {
            commercialisations.record(actor, id, typed.terms());
            return PostRedirectGet.done(redirect, "/results/" + id, "result.sharing.recorded");
        });
    }

    @GetMapping("/execution/results/{id}/commercialisations/{commercialisation}")
    String correctionForm(@PathVariable UUID id, @PathVariable UUID commercialisation, Model model) {
        CurrentUser actor = Web.actor(accounts);
        Commercialisation recorded = commercialisations.correctable(actor, id, commercialisation);
        model.addAttribute("commercialisationId", recorded.id());
        return form(
                model, commercialisations.recordable(actor, id), CommercialisationForm.of(recorded), FormErrors.none());
    }

    @PostMapping("/execution/results/{id}/commercialisations/{commercialisation}")
    String correct(
            @PathVariable UUID id,
            @PathVariable UUID commercialisation,
            @ModelAttribute("form") @Nullable CommercialisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = Web.actor(accounts);
        Commercialisation recorded = commercialisations.correctable(actor, id, commercialisation);
        Result result = commercialisations.recordable(actor, id);
        CommercialisationForm typed = form == null ? CommercialisationForm.of(recorded) : form;
        model.addAttribute("commercialisationId", recorded.id());
        return submit(binding, model, result, typed, response, () -> {
            commercialisations.correct(
                    actor, id, commercialisation, typed.terms(), typed.rowVersion() == null ? -1 : typed.rowVersion());
            return PostRedirectGet.done(redirect, "/results/" + id, "result.sharing.corrected");
        });
    }

    /** Saves the form; a refusal shows it again, as typed, with 400. */
    private String submit(
            BindingResult binding,
            Model model,
            Result result,
            CommercialisationForm typed,
            HttpServletResponse response,
            FormSubmission.Action save) {
        return FormSubmission.of(binding, refusal -> FormErrors.GLOBAL).run(save, errors -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, result, typed, errors);
        });
    }

    /** The protection title granted for the result (Law 93/2025 art. 73): its kind, number and grant day. */
    record TitleForm(
            @Nullable ProtectionTitleKind kind,
            @Nullable String number,
            @Nullable LocalDate grantedOn) {}

    @PostMapping("/execution/results/{id}/protection-title")
    String protectionTitle(
            @PathVariable UUID id,
            @ModelAttribute("title") @Nullable TitleForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        commercialisations.recordable(actor, id);
        String page = "/results/" + id + "#protection-title";
        if (form == null || binding.hasErrors()) {
            PostRedirectGet.problem(redirect, "result.title.error.incomplete");
            return PostRedirectGet.redirect(page);
        }
        return PostRedirectGet.act(
                redirect,
                page,
                "result.title.recorded",
                () -> commercialisations.recordProtectionTitle(
                        actor, id, new ProtectionTitle(form.kind(), form.number(), form.grantedOn())));
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
