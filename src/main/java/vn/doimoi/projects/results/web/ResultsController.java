package vn.doimoi.projects.results.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.Deadlines;
import vn.doimoi.projects.execution.ExecutionViews.ResultView;
import vn.doimoi.projects.results.Commercialisations;
import vn.doimoi.projects.results.ResultUses;
import vn.doimoi.projects.results.ResultViews;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/** The public register of results and their use; adopters and hosts report a use from here. */
@Controller
class ResultsController {

    static final int PAGE_SIZE = 20;

    private final ResultViews resultViews;
    private final ResultUses resultUses;
    private final Accounts accounts;
    private final java.time.Clock clock;
    private final Commercialisations commercialisations;

    ResultsController(
            ResultViews resultViews,
            ResultUses resultUses,
            Accounts accounts,
            java.time.Clock clock,
            Commercialisations commercialisations) {
        this.commercialisations = commercialisations;
        this.resultViews = resultViews;
        this.resultUses = resultUses;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/results")
    String results(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute("results", PageOf.slice(resultViews.registeredResults(), Paging.of(page, size, PAGE_SIZE)));
        return "projects/execution/results";
    }

    @GetMapping("/results/{id}")
    String result(@PathVariable UUID id, Model model) {
        model.addAttribute("result", resultViews.registeredResultView(id));
        model.addAttribute("sharing", commercialisations.publicSharing(id));
        model.addAttribute(
                "mayRecordCommercialisation",
                commercialisations.mayRecord(accounts.current().orElse(null), id));
        return "projects/execution/result";
    }

    @GetMapping("/execution/results/{id}/uses/new")
    String useForm(@PathVariable UUID id, Model model) {
        Web.actor(accounts);
        return useForm(model, resultViews.registeredResultView(id), UseForm.in(thisYear()), FormErrors.none());
    }

    @PostMapping("/execution/results/{id}/uses/new")
    String reportUse(
            @PathVariable UUID id,
            @ModelAttribute("form") @Nullable UseForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        ResultView result = resultViews.registeredResultView(id);
        // a value no field could take leaves no form object: the form is shown again empty
        UseForm typed = form == null ? UseForm.in(thisYear()) : form;
        return FormSubmission.of(binding, refusal -> FormErrors.GLOBAL)
                .unless(UseForm.given(typed.place()), "place", "result.use.error.required")
                .unless(UseForm.given(typed.scale()), "scale", "result.use.error.required")
                .unless(UseForm.given(typed.effect()), "effect", "result.use.error.required")
                .run(
                        () -> {
                            resultUses.reportUse(actor, id, typed.input(thisYear()));
                            return PostRedirectGet.done(redirect, "/results/" + id, "result.use.reported");
                        },
                        errors -> useForm(model, result, typed, errors));
    }

    private int thisYear() {
        return Deadlines.today(clock.instant()).getYear();
    }

    private String useForm(Model model, ResultView result, UseForm form, FormErrors errors) {
        model.addAttribute("result", result);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "projects/execution/use-form";
    }
}
