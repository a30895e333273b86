package vn.doimoi.projects.selection.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.selection.DossierFileKind;
import vn.doimoi.projects.selection.DossierFiles;
import vn.doimoi.projects.selection.Dossiers;
import vn.doimoi.projects.selection.Views.DossierView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * An applicant's dossier: the application and description with the team's CVs from the directory,
 * attached files, submission with a receipt.
 */
@Controller
class DossierController {

    static final int PAGE_SIZE = 50;

    static final int BUDGET_LINES = 5;

    private final Dossiers dossiers;
    private final DossierFiles dossierFiles;
    private final Directory directory;

    DossierController(Dossiers dossiers, DossierFiles dossierFiles, Directory directory) {
        this.dossiers = dossiers;
        this.dossierFiles = dossierFiles;
        this.directory = directory;
    }

    @GetMapping("/dossiers")
    String mine(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("dossiers", PageOf.slice(dossiers.myDossiers(), paging));
        return "projects/dossiers";
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable UUID id, Model model) {
        DossierView dossier = dossiers.dossier(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("team", dossierFiles.team(dossier));
        model.addAttribute("attachments", dossierFiles.attachments(id));
        return "projects/dossier";
    }

    /** A member attaches a partner confirmation, proof of legal status or another file to the draft. */
    @PostMapping("/dossiers/{id}/files")
    String attach(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "OTHER") DossierFileKind kind,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, page(id), "dossier.fileAttached", () -> {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("task.file.error.empty");
            }
            try {
                dossierFiles.attach(id, version, kind, file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw DomainException.invalid("task.file.error.unreadable");
            }
        });
    }

    @PostMapping("/dossiers/{id}/files/{fileId}/delete")
    String detach(
            @PathVariable UUID id,
            @PathVariable UUID fileId,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect, page(id), "dossier.fileRemoved", () -> dossierFiles.detach(id, version, fileId));
    }

    @GetMapping("/dossiers/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        DossierFiles.Content content = dossierFiles.content(id, fileId);
        return Downloads.attachment(
                content.bytes(), MediaType.parseMediaType(content.contentType()), content.fileName());
    }

    @GetMapping("/dossiers/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        DossierView dossier = dossiers.dossier(id);
        model.addAttribute("dossier", dossier);
        List<PersonSummary> own = directory.peopleOf(dossier.applicant().id());
        model.addAttribute("ownPeople", own);
        model.addAttribute(
                "people",
                directory.people().stream().filter(p -> !own.contains(p)).toList());
        model.addAttribute("organisations", directory.organisations());
        // as many rows as the dossier has lines, and at least one empty row to add another
        model.addAttribute("lines", Math.max(BUDGET_LINES, dossier.budget().size() + 1));
        return "projects/dossier-form";
    }

    @PostMapping("/dossiers/{id}/edit")
    String save(@PathVariable UUID id, @ModelAttribute DossierForm form, RedirectAttributes redirect) {
        try {
            dossiers.saveDossier(id, form.getVersion(), form.data());
            return PostRedirectGet.done(redirect, page(id), "dossier.saved");
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            PostRedirectGet.problem(redirect, e);
            return PostRedirectGet.redirect(page(id) + "/edit");
        }
    }

    @PostMapping("/dossiers/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return PostRedirectGet.act(redirect, page(id), "dossier.submitted", () -> dossiers.submitDossier(id, version));
    }

    private static String page(UUID id) {
        return "/dossiers/" + id;
    }
}
