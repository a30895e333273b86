package vn.doimoi.projects.results.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.Deadlines;
import vn.doimoi.projects.execution.ExecutionViews.ResultView;
import vn.doimoi.projects.results.ResultUses;
import vn.doimoi.projects.results.ResultViews;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.FormErrors;

/** The public register of results and their use; adopters and hosts report a use from here. */
@Controller
class ResultsController {

    static final int PAGE_SIZE = 20;

    private final ResultViews resultViews;
    private final ResultUses resultUses;
    private final Accounts accounts;
    private final java.time.Clock clock;

    ResultsController(ResultViews resultViews, ResultUses resultUses, Accounts accounts, java.time.Clock clock) {
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
        return "projects/execution/result";
    }

    @GetMapping("/execution/results/{id}/uses/new")
    String useForm(@PathVariable UUID id, Model model) {
        Web.actor(accounts);
        int year = Deadlines.today(clock.instant()).getYear();
        return useForm(
                model, resultViews.registeredResultView(id), Map.of("year", Integer.toString(year)), FormErrors.none());
    }

    @PostMapping("/execution/results/{id}/uses/new")
    String reportUse(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        ResultView result = resultViews.registeredResultView(id);
        FormErrors errors = FormErrors.none();
        for (String field : List.of("place", "scale", "effect")) {
            if (params.getOrDefault(field, "").isBlank()) {
                errors = errors.with(field, "result.use.error.required");
            }
        }
        if (errors.isEmpty()) {
            try {
                BigDecimal revenue = Web.money(params.get("revenue"));
                BigDecimal savings = Web.money(params.get("savings"));
                resultUses.reportUse(
                        actor,
                        id,
                        new ResultUses.UseInput(
                                null,
                                params.getOrDefault("adopterName", "").trim(),
                                params.get("place").trim(),
                                Web.integer(
                                        params.get("year"),
                                        Deadlines.today(clock.instant()).getYear()),
                                params.get("scale").trim(),
                                params.get("effect").trim(),
                                revenue,
                                savings));
                redirect.addFlashAttribute("notice", "result.use.reported");
                return "redirect:/results/" + id;
            } catch (DomainException e) {
                if (e.isNotFound()) {
                    throw e;
                }
                errors = errors.with(FormErrors.GLOBAL, e.messageKey(), e.arguments());
            }
        }
        return useForm(model, result, params, errors);
    }

    private String useForm(Model model, ResultView result, Map<String, String> values, FormErrors errors) {
        model.addAttribute("result", result);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "projects/execution/use-form";
    }
}
