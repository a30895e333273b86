package vn.doimoi.ecosystem.events.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.ecosystem.EventKind;
import vn.doimoi.ecosystem.events.EventCatalogue;
import vn.doimoi.ecosystem.events.EventChanges;
import vn.doimoi.ecosystem.events.EventRow;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/** STAFF publish, correct, move and cancel events. */
@Controller
class StaffEventController {

    private static final String HOME = "/staff/ecosystem/events";

    private final EventCatalogue catalogue;
    private final EventChanges changes;
    private final Accounts accounts;

    StaffEventController(EventCatalogue catalogue, EventChanges changes, Accounts accounts) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.accounts = accounts;
    }

    @GetMapping(HOME)
    String list(Model model) {
        model.addAttribute("events", catalogue.all(actor()));
        model.addAttribute("now", catalogue.now());
        return "ecosystem/events/staff-list";
    }

    @GetMapping(HOME + "/new")
    String newEvent(Model model) {
        actor();
        return form(model, null, EventForm.empty(), FormErrors.none());
    }

    @PostMapping(HOME + "/new")
    String create(
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = actor();
        return FormSubmission.of(binding, EventForm::field)
                .run(
                        () -> PostRedirectGet.done(
                                redirect,
                                "/ecosystem/events/" + catalogue.publish(actor, form.event()),
                                "events.published"),
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, null, form, errors);
                        });
    }

    @GetMapping(HOME + "/{id}")
    String edit(@PathVariable UUID id, Model model) {
        actor();
        EventRow event = catalogue.get(id);
        return form(model, event, EventForm.of(event), FormErrors.none());
    }

    @PostMapping(HOME + "/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = actor();
        EventRow event = catalogue.get(id);
        return FormSubmission.of(binding, EventForm::field)
                .run(
                        () -> {
                            changes.update(actor, id, form.rowVersion() == null ? -1 : form.rowVersion(), form.event());
                            return PostRedirectGet.done(redirect, "/ecosystem/events/" + id, "events.saved");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, event, form, errors);
                        });
    }

    /** Calls the event off; a missing reason or a stale page comes back to the form with the problem. */
    @PostMapping(HOME + "/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(defaultValue = "-1") long rowVersion,
            RedirectAttributes redirect) {
        CurrentUser actor = actor();
        catalogue.get(id);
        try {
            changes.cancel(actor, id, rowVersion, reason);
            return PostRedirectGet.done(redirect, "/ecosystem/events/" + id, "events.cancelledDone");
        } catch (DomainException refusal) {
            if (refusal.isNotFound()) {
                throw refusal;
            }
            PostRedirectGet.problem(redirect, refusal);
            return PostRedirectGet.redirect(HOME + "/" + id);
        }
    }

    private String form(Model model, @Nullable EventRow event, EventForm form, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("communes", catalogue.communes());
        return "ecosystem/events/staff-form";
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
