package vn.doimoi.projects.tasks.web;

import java.util.LinkedHashMap;
import java.util.List;
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
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.FieldCode;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.selection.Dossiers;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.Views.CallView;
import vn.doimoi.projects.support.web.Forms;
import vn.doimoi.projects.tasks.TaskStage;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PageSize;

/** The public side: open calls (with the applicant's "apply" button) and the register of approved tasks and their stage. */
@Controller
class PublicController {

    static final int PAGE_SIZE = 20;

    private final Selection selection;
    private final TaskRegister register;
    private final Dossiers dossiers;
    private final Accounts accounts;
    private final Directory directory;
    private final MessageSource messages;

    PublicController(
            Selection selection,
            TaskRegister register,
            Dossiers dossiers,
            Accounts accounts,
            Directory directory,
            MessageSource messages) {
        this.selection = selection;
        this.register = register;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/calls")
    String calls(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("calls", PageOf.slice(selection.publicCalls(), paging));
        return "projects/calls";
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable UUID id, Model model) {
        CallView call = selection.call(id);
        model.addAttribute("call", call);
        model.addAttribute("fields", fieldsOf(call.fieldCodes()));
        model.addAttribute(
                "member",
                accounts.current()
                        .map(u -> u.has(Role.ORG_MEMBER) && u.organisationId() != null)
                        .orElse(false));
        return "projects/call";
    }

    /** The field codes a page shows, with their names: a reader does not know "401" by heart. */
    private Map<String, FieldCode> fieldsOf(List<String> codes) {
        Map<String, FieldCode> fields = new LinkedHashMap<>();
        codes.forEach(code -> directory.fieldCode(code).ifPresent(field -> fields.put(code, field)));
        return fields;
    }

    @PostMapping("/calls/{id}/dossiers")
    String apply(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            UUID dossier = dossiers.startDossier(id);
            return "redirect:/dossiers/" + dossier + "/edit";
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            Forms.problem(redirect, messages, e);
            return "redirect:/calls/" + id;
        }
    }

    @GetMapping("/tasks")
    String tasks(
            @PageSize(PAGE_SIZE) Paging paging,
            @RequestParam(required = false) @Nullable TaskStage stage,
            Model model) {
        model.addAttribute("tasks", PageOf.slice(register.entries(stage), paging));
        model.addAttribute("stage", stage == null ? "" : stage.name());
        return "projects/tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", register.entry(id));
        return "projects/task";
    }
}
