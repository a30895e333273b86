package vn.doimoi.traceability.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.Products;

/** A member registers a lot, follows it on its page and recalls it. */
@Controller
class LotController {

    private final Members members;
    private final Products products;
    private final Lots lots;
    private final LotViews views;
    private final Clock clock;

    LotController(Members members, Products products, Lots lots, LotViews views, Clock clock) {
        this.members = members;
        this.products = products;
        this.lots = lots;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/traceability/lots/new")
    String form(@RequestParam(required = false) @Nullable UUID product, Model model, RedirectAttributes redirect) {
        CurrentUser actor = members.actor();
        if (!members.verified(actor)) {
            PostRedirectGet.problem(redirect, "traceability.error.unverified");
            return PostRedirectGet.redirect("/traceability");
        }
        return form(model, actor, LotForm.empty(product, LocalDate.now(clock)), FormErrors.none());
    }

    @PostMapping("/traceability/lots/new")
    String create(
            @Valid @ModelAttribute("form") LotForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = members.actor();
        return FormSubmission.of(binding, LotController::field)
                .run(
                        () -> PostRedirectGet.done(
                                redirect,
                                "/traceability/lots/" + lots.create(actor, form.lot()),
                                "traceability.lot.created"),
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, actor, form, errors);
                        });
    }

    @GetMapping("/traceability/lots/{id}")
    String lot(@PathVariable UUID id, Model model) {
        CurrentUser actor = members.actor();
        LotRow lot = lots.read(actor, id);
        views.lotPage(model, lot, actor.actsFor(lot.organisationId()) && members.verified(actor));
        return "traceability/lot";
    }

    @PostMapping("/traceability/lots/{id}/recall")
    String recall(
            @PathVariable UUID id,
            @ModelAttribute RecallForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        CurrentUser actor = members.actor();
        lots.read(actor, id);
        return PostRedirectGet.act(redirect, "/traceability/lots/" + id, "traceability.lot.recalled", () -> {
            if (binding.hasErrors() || form.recalledOn() == null) {
                throw DomainException.invalid("traceability.error.recallDate");
            }
            lots.recall(
                    actor,
                    id,
                    form.reason() == null ? "" : form.reason(),
                    form.recalledOn(),
                    form.rowVersion() == null ? -1 : form.rowVersion());
        });
    }

    private String form(Model model, CurrentUser actor, LotForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("products", products.list(actor.organisationId()));
        model.addAttribute("units", Lots.UNITS.stream().sorted().toList());
        return "traceability/lot-form";
    }

    private static String field(DomainException refusal) {
        String key = refusal.messageKey();
        if (key.contains(".lot")) {
            return "lotNumber";
        }
        if (key.contains("expiry")) {
            return "expiresOn";
        }
        if (key.contains("quantity")) {
            return "quantity";
        }
        return key.contains("unit") ? "unit" : FormErrors.GLOBAL;
    }
}
