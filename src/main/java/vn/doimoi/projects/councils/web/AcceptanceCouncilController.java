package vn.doimoi.projects.councils.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.web.ExecutionController;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.web.PostRedirectGet;

/** STAFF forms the acceptance council, records each member's sheet, and concludes from the sheets. */
@Controller
class AcceptanceCouncilController {

    private final AcceptanceCouncils councils;
    private final Accounts accounts;

    AcceptanceCouncilController(AcceptanceCouncils councils, Accounts accounts) {
        this.councils = councils;
        this.accounts = accounts;
    }

    @PostMapping("/staff/execution/tasks/{id}/council")
    String form(
            @PathVariable UUID id,
            @Valid AcceptanceCouncilForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        String page = ExecutionController.page(id);
        if (binding.hasErrors()) {
            PostRedirectGet.problem(
                    redirect,
                    binding.hasFieldErrors("decisionNumber")
                            ? "acceptance.council.error.decision"
                            : "acceptance.council.error.roles",
                    2);
            return PostRedirectGet.redirect(page);
        }
        return PostRedirectGet.act(
                redirect,
                page,
                "acceptance.council.formed",
                () -> councils.form(actor, id, form.decisionNumber(), form.seats()));
    }

    @PostMapping("/staff/execution/tasks/{id}/council/sheets/{personId}")
    String sheet(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            @Valid AcceptanceSheetForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return AcceptanceSheets.submit(
                binding,
                redirect,
                ExecutionController.page(id),
                "acceptance.council.sheetRecorded",
                () -> councils.recordSheet(
                        actor, id, personId, form.productGrades(), form.report(), form.commentText()));
    }

    @PostMapping("/staff/execution/tasks/{id}/council/conclude")
    String conclude(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return PostRedirectGet.act(
                redirect,
                ExecutionController.page(id),
                "acceptance.concluded",
                () -> councils.conclude(actor, id, note));
    }
}
