package vn.doimoi.projects.selection.web;

import java.time.LocalDate;
import java.util.List;
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
import vn.doimoi.directory.Directory;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.selection.Approvals;
import vn.doimoi.projects.selection.CallDrafts;
import vn.doimoi.projects.selection.LineAdjustment;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.SelectionCouncil;
import vn.doimoi.projects.support.web.BindingProblem;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** The Department's side: dashboard, calls and their dossiers, budget appraisal and approval, sanctions. */
@Controller
public class StaffController {

    static final int PAGE_SIZE = 50;

    public static final int PRODUCTS = 3;

    private final Selection selection;
    private final SelectionCouncil selectionCouncil;
    private final Councils councils;
    private final Approvals approvals;
    private final CallDrafts callDrafts;
    private final Directory directory;
    private final MessageSource messages;

    StaffController(
            Selection selection,
            SelectionCouncil selectionCouncil,
            Councils councils,
            Approvals approvals,
            CallDrafts callDrafts,
            Directory directory,
            MessageSource messages) {
        this.selection = selection;
        this.selectionCouncil = selectionCouncil;
        this.councils = councils;
        this.callDrafts = callDrafts;
        this.approvals = approvals;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/staff/tasks")
    String dashboard(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("dashboard", selection.dashboard());
        model.addAttribute("calls", selection.allCalls());
        model.addAttribute("councils", selectionCouncil.councils());
        model.addAttribute("tasks", PageOf.slice(selection.allTasks(), paging));
        model.addAttribute("people", directory.people());
        return "projects/staff";
    }

    @GetMapping("/staff/tasks/calls/new")
    String newCall(Model model) {
        return callForm(model, new CallForm(), null);
    }

    @PostMapping("/staff/tasks/calls/new")
    String createCall(
            @ModelAttribute("form") CallForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return callForm(model, form, binding);
        }
        try {
            UUID id = selection.createCall(form.data());
            return PostRedirectGet.done(redirect, callPage(id), "call.created");
        } catch (DomainException e) {
            return callForm(model, form, e);
        }
    }

    /** STAFF completes a draft call (for instance one drafted from the approved ordered list). */
    @GetMapping("/staff/tasks/calls/{id}/edit")
    String editCall(@PathVariable UUID id, Model model) {
        return editForm(model, id, CallForm.of(selection.call(id)), null);
    }

    @PostMapping("/staff/tasks/calls/{id}/edit")
    String updateCall(
            @PathVariable UUID id,
            @ModelAttribute("form") CallForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return editForm(model, id, form, binding);
        }
        try {
            callDrafts.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.data());
            return PostRedirectGet.done(redirect, callPage(id), "call.edited");
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            return editForm(model, id, form, e);
        }
    }

    private String editForm(Model model, UUID id, CallForm form, @Nullable Object problem) {
        model.addAttribute("action", callPage(id) + "/edit");
        model.addAttribute("heading", "call.edit");
        return callForm(model, form, problem);
    }

    /** The call form, with the refusal or the first field a formatter could not read, if any. */
    private String callForm(Model model, CallForm form, @Nullable Object problem) {
        model.addAttribute("form", form);
        if (problem instanceof DomainException e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArgs", e.arguments());
        } else if (problem instanceof BindingResult binding) {
            BindingProblem.show(model, binding, messages);
        }
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("products", Math.max(PRODUCTS, form.getProducts().size()));
        return "projects/call-form";
    }

    @GetMapping("/staff/tasks/calls/{id}")
    String call(@PathVariable UUID id, Model model) {
        model.addAttribute("call", selection.call(id));
        model.addAttribute("dossiers", selection.dossiersOf(id));
        model.addAttribute("councilId", selectionCouncil.councilOfCall(id).orElse(null));
        return "projects/staff-call";
    }

    @PostMapping("/staff/tasks/calls/{id}/open")
    String open(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, redirect, "call.opened", () -> selection.openCall(id, version));
    }

    @PostMapping("/staff/tasks/calls/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, redirect, "call.closed", () -> selection.closeCall(id, version));
    }

    /** STAFF opens the dossiers: the minutes, and the reason a dossier is invalid ({@code invalid[<dossierId>]}). */
    @PostMapping("/staff/tasks/calls/{id}/open-dossiers")
    String openDossiers(@PathVariable UUID id, @ModelAttribute OpeningForm form, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "call.dossiersOpened",
                () -> selection.openDossiers(
                        id, form.getVersion(), form.getMinutes().strip(), form.invalidReasons()));
    }

    @PostMapping("/staff/tasks/calls/{id}/council")
    String council(
            @PathVariable UUID id, @RequestParam(required = false) String decisionNumber, RedirectAttributes redirect) {
        try {
            UUID council = selectionCouncil.createCouncil(id, decisionNumber);
            return PostRedirectGet.done(redirect, "/councils/" + council, "council.created");
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            PostRedirectGet.problem(redirect, e);
            return PostRedirectGet.redirect(callPage(id));
        }
    }

    @GetMapping("/staff/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        model.addAttribute("task", selection.task(id));
        return "projects/staff-task";
    }

    /** The appraisal group's figures per budget line ({@code lines[n].approvedState} …), or one sum. */
    @PostMapping("/staff/tasks/{id}/appraise")
    String appraise(@PathVariable UUID id, @ModelAttribute AppraisalForm form, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, taskPage(id), "approval.appraised", () -> {
            List<LineAdjustment> lines = form.adjustments();
            if (lines.isEmpty()) {
                approvals.appraise(id, form.getVersion(), form.stateBudget(), form.getNote());
            } else {
                approvals.appraiseLines(id, form.getVersion(), lines, form.getNote());
            }
        });
    }

    @PostMapping("/staff/tasks/{id}/approve")
    String approve(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String decisionNumber,
            @RequestParam(required = false) @Nullable LocalDate decisionDate,
            @RequestParam(defaultValue = "") String signer,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect,
                taskPage(id),
                "approval.approved",
                () -> approvals.approve(id, version, decisionNumber.strip(), decisionDate, signer.strip()));
    }

    @PostMapping("/staff/tasks/sanctions")
    String sanction(
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @Nullable LocalDate validUntil,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, "/staff/tasks", "council.sanctionRecorded", () -> {
            if (validUntil == null || personId == null) {
                throw DomainException.invalid("council.error.sanctionDescription");
            }
            councils.recordSanction(personId, description.strip(), validUntil);
        });
    }

    private static String callPage(UUID id) {
        return "/staff/tasks/calls/" + id;
    }

    private static String taskPage(UUID id) {
        return "/staff/tasks/" + id;
    }

    private String act(UUID callId, RedirectAttributes redirect, String notice, Runnable action) {
        return PostRedirectGet.act(redirect, callPage(callId), notice, action);
    }
}
