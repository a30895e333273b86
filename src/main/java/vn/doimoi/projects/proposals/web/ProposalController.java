package vn.doimoi.projects.proposals.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.projects.proposals.Proposals;
import vn.doimoi.projects.support.web.BindingProblem;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** Task proposals: organisations propose, STAFF groups them into identification rounds, rejects, and orders the shortlisted. */
@Controller
class ProposalController {

    static final int PAGE_SIZE = 50;

    private final Proposals proposals;
    private final Accounts accounts;
    private final MessageSource messages;

    ProposalController(Proposals proposals, Accounts accounts, MessageSource messages) {
        this.proposals = proposals;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/proposals")
    String list(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("proposals", PageOf.slice(proposals.visible(), paging));
        model.addAttribute("staff", accounts.current().map(CurrentUser::isStaff).orElse(false));
        return "projects/proposals";
    }

    @GetMapping("/proposals/new")
    String form(Model model) {
        model.addAttribute("form", ProposalForm.empty());
        return "projects/proposal-form";
    }

    @PostMapping("/proposals/new")
    String submit(
            @ModelAttribute("form") @Nullable ProposalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // a value no field could take leaves no form object: the form is shown again empty
            model.addAttribute("form", form == null ? ProposalForm.empty() : form);
            BindingProblem.show(model, binding, messages);
            return "projects/proposal-form";
        }
        ProposalForm typed = java.util.Objects.requireNonNull(form);
        try {
            proposals.submit(
                    ProposalForm.text(typed.title()),
                    ProposalForm.text(typed.problem()),
                    ProposalForm.text(typed.objectives()),
                    ProposalForm.text(typed.expectedProducts()),
                    ProposalForm.text(typed.adopterName()),
                    typed.budgetEstimate() == null
                            ? null
                            : typed.budgetEstimate().amount(),
                    typed.priorityArea() == null ? PriorityArea.OTHER : typed.priorityArea());
            return PostRedirectGet.done(redirect, "/proposals", "proposal.submitted");
        } catch (DomainException e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArgs", e.arguments());
            return "projects/proposal-form";
        }
    }

    @PostMapping("/proposals/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, "/proposals", "proposal.rejected", () -> proposals.reject(id, version));
    }

    @PostMapping("/proposals/{id}/order")
    String order(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) @Nullable LocalDate deadlineOn,
            RedirectAttributes redirect) {
        try {
            if (deadlineOn == null) {
                throw DomainException.invalid("call.error.deadlineRequired");
            }
            UUID call = proposals.order(id, version, deadlineOn);
            return PostRedirectGet.done(redirect, "/staff/tasks/calls/" + call, "proposal.ordered");
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            PostRedirectGet.problem(redirect, e);
            return PostRedirectGet.redirect("/proposals");
        }
    }
}
