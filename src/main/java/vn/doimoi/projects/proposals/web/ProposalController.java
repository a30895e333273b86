package vn.doimoi.projects.proposals.web;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.projects.proposals.Proposals;
import vn.doimoi.projects.support.web.Forms;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.FormValues;

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
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute("proposals", PageOf.slice(proposals.visible(), Paging.of(page, size, PAGE_SIZE)));
        model.addAttribute(
                "staff",
                accounts.current()
                        .map(u -> u.has(Role.STAFF) || u.has(Role.ADMIN))
                        .orElse(false));
        return "projects/proposals";
    }

    @GetMapping("/proposals/new")
    String form(Model model) {
        model.addAttribute("form", Map.of());
        return "projects/proposal-form";
    }

    @PostMapping("/proposals/new")
    String submit(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            proposals.submit(
                    Forms.text(params, "title"),
                    Forms.text(params, "problem"),
                    Forms.text(params, "objectives"),
                    Forms.text(params, "expectedProducts"),
                    Forms.text(params, "adopterName"),
                    Forms.money(params.get("budgetEstimate"), "budgetEstimate"),
                    FormValues.choice(
                            PriorityArea.class, "priorityArea", params.get("priorityArea"), PriorityArea.OTHER));
            redirect.addFlashAttribute("notice", "proposal.submitted");
            return "redirect:/proposals";
        } catch (DomainException e) {
            model.addAttribute("form", params);
            model.addAttribute("problem", Forms.message(messages, e));
            return "projects/proposal-form";
        }
    }

    @PostMapping("/proposals/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(redirect, "proposal.rejected", () -> proposals.reject(id, version));
    }

    @PostMapping("/proposals/{id}/order")
    String order(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        try {
            java.time.LocalDate deadline = Forms.date(params.get("deadlineOn"));
            if (deadline == null) {
                throw DomainException.invalid("call.error.deadlineRequired");
            }
            UUID call = proposals.order(id, Forms.integer(params.get("version"), -1), deadline);
            redirect.addFlashAttribute("notice", "proposal.ordered");
            return "redirect:/staff/tasks/calls/" + call;
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            Forms.problem(redirect, messages, e);
            return "redirect:/proposals";
        }
    }

    private String act(RedirectAttributes redirect, String notice, Runnable action) {
        return Forms.act(redirect, messages, notice, "/proposals", action);
    }
}
