package vn.doimoi.projects.councils.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.TaskFiles;
import vn.doimoi.projects.execution.web.ExecutionController;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * A member of an acceptance council on their own page: declares no conflict, reads the dossier
 * and enters their own score sheet. The seat comes from the directory person linked to the
 * signed-in account, never from the URL, so nobody can reach another member's sheet.
 */
@Controller
class AcceptanceMemberController {

    private final AcceptanceCouncils councils;
    private final Accounts accounts;

    AcceptanceMemberController(AcceptanceCouncils councils, Accounts accounts) {
        this.councils = councils;
        this.accounts = accounts;
    }

    @GetMapping("/execution/councils/{taskId}")
    String page(@PathVariable UUID taskId, Model model) {
        model.addAttribute("council", councils.forMember(Web.actor(accounts), taskId));
        if (!model.containsAttribute("problemKey")) {
            model.addAttribute("problemKey", "");
            model.addAttribute("problemArgs", new Object[0]);
        }
        return "projects/execution/member-council";
    }

    @PostMapping("/execution/councils/{taskId}/declare")
    String declare(@PathVariable UUID taskId, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return PostRedirectGet.act(
                redirect, page(taskId), "acceptance.council.declaredNotice", () -> councils.declare(actor, taskId));
    }

    @PostMapping("/execution/councils/{taskId}/sheet")
    String sheet(
            @PathVariable UUID taskId,
            @Valid AcceptanceSheetForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return AcceptanceSheets.submit(
                binding,
                redirect,
                page(taskId),
                "acceptance.council.mySheetSaved",
                () -> councils.submitMySheet(actor, taskId, form.productGrades(), form.report(), form.commentText()));
    }

    @GetMapping("/execution/councils/{taskId}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable UUID taskId, @PathVariable UUID fileId) {
        TaskFiles.Download download = councils.dossierFile(Web.actor(accounts), taskId, fileId);
        return ExecutionController.file(download.bytes(), download.filename(), MediaType.APPLICATION_OCTET_STREAM);
    }

    static String page(UUID taskId) {
        return "/execution/councils/" + taskId;
    }
}
