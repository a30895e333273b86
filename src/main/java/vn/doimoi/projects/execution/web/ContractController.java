package vn.doimoi.projects.execution.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.Contracts;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.FundingMode;
import vn.doimoi.projects.execution.TaskDetails;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/** STAFF's work on a task's contract: draft it, amend it, record its signature or its termination. */
@Controller
class ContractController {

    private final Contracts contracts;
    private final TaskDetails details;
    private final TaskSteps steps;

    ContractController(Contracts contracts, TaskDetails details, TaskSteps steps) {
        this.contracts = contracts;
        this.details = details;
        this.steps = steps;
    }

    /**
     * The contract form is a record whose tranche rows are records too: it is built from its constructor
     * only. Left to the default, the binder would then try to set {@code tranches[i].amount} as a property
     * and, finding no row to grow the list with, answer 500.
     */
    @InitBinder("form")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    /** The day the contract was signed. */
    record SignatureForm(@Nullable LocalDate signedOn) {}

    /** Why the contract ends early. */
    record TerminationForm(@Nullable String reason) {}

    @GetMapping("/staff/execution/tasks/{id}/contract")
    String contractForm(@PathVariable UUID id, Model model) {
        CurrentUser actor = steps.actor();
        return contractPage(
                model, actor, id, ContractForm.of(contracts.suggestedTerms(actor, id)), false, FormErrors.none());
    }

    @PostMapping("/staff/execution/tasks/{id}/contract")
    String draft(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id, form, binding, model, redirect, false, actor -> contracts.draftContract(actor, id, form.terms()));
    }

    @GetMapping("/staff/execution/tasks/{id}/contract/amend")
    String amendForm(@PathVariable UUID id, Model model) {
        CurrentUser actor = steps.actor();
        TaskDetail task = details.task(actor, id);
        if (task.contract() == null) {
            throw DomainException.conflict("contract.error.noDraft");
        }
        return contractPage(model, actor, id, ContractForm.of(task.contract().terms()), true, FormErrors.none());
    }

    @PostMapping("/staff/execution/tasks/{id}/contract/amend")
    String amend(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                form,
                binding,
                model,
                redirect,
                true,
                actor -> contracts.amendContract(actor, id, form.terms(), form.reason()));
    }

    @PostMapping("/staff/execution/tasks/{id}/contract/sign")
    String sign(@PathVariable UUID id, @ModelAttribute SignatureForm form, RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "contract.signed",
                actor -> contracts.signContract(actor, id, TaskSteps.required(form.signedOn(), "signedOn")));
    }

    @PostMapping("/staff/execution/tasks/{id}/contract/terminate")
    String terminate(@PathVariable UUID id, @ModelAttribute TerminationForm form, RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "contract.terminated",
                actor -> contracts.terminateContract(actor, id, TaskSteps.text(form.reason())));
    }

    /** Drafts or amends; back to the task's page, or the form again with why it was refused. */
    private String save(
            UUID id,
            ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            boolean amendment,
            java.util.function.Consumer<CurrentUser> change) {
        CurrentUser actor = steps.actor();
        return FormSubmission.of(binding, ContractController::onTheForm)
                .run(
                        () -> {
                            change.accept(actor);
                            return PostRedirectGet.done(
                                    redirect,
                                    ExecutionController.page(id),
                                    amendment ? "contract.amended" : "contract.drafted");
                        },
                        errors -> contractPage(model, actor, id, form, amendment, errors));
    }

    /**
     * The modes the task's version offers; a contract drafted under a mode the version no longer offers
     * keeps it in the list, so the form shows what was chosen and the refusal says why.
     */
    private static List<FundingMode> offeredWith(List<FundingMode> offered, ContractForm form) {
        List<FundingMode> modes = new ArrayList<>(offered);
        Arrays.stream(FundingMode.values())
                .filter(mode -> mode.name().equals(form.fundingMode()) && !modes.contains(mode))
                .forEach(modes::add);
        return modes;
    }

    /** A refusal of the terms is shown above the form; a task that is not there stays an error page. */
    private static String onTheForm(DomainException refusal) {
        if (refusal.isNotFound()) {
            throw refusal;
        }
        return FormErrors.GLOBAL;
    }

    private String contractPage(
            Model model, CurrentUser actor, UUID id, ContractForm form, boolean amendment, FormErrors errors) {
        TaskDetail task = details.task(actor, id);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("amendment", amendment);
        model.addAttribute("errors", errors);
        model.addAttribute("modes", offeredWith(contracts.fundingModes(actor, id), form));
        model.addAttribute("modesRule", contracts.fundingModesRule(actor, id));
        return "projects/execution/contract-form";
    }
}
