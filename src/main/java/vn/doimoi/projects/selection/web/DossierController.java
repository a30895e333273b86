package vn.doimoi.projects.selection.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.selection.DossierData;
import vn.doimoi.projects.selection.DossierFileKind;
import vn.doimoi.projects.selection.DossierFiles;
import vn.doimoi.projects.selection.Dossiers;
import vn.doimoi.projects.selection.Views.DossierView;
import vn.doimoi.projects.support.web.Forms;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.FormValues;

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
    private final MessageSource messages;

    DossierController(Dossiers dossiers, DossierFiles dossierFiles, Directory directory, MessageSource messages) {
        this.dossiers = dossiers;
        this.dossierFiles = dossierFiles;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/dossiers")
    String mine(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute("dossiers", PageOf.slice(dossiers.myDossiers(), Paging.of(page, size, PAGE_SIZE)));
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
            @RequestParam Map<String, String> params,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return Forms.act(redirect, messages, "dossier.fileAttached", "/dossiers/" + id, () -> {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("task.file.error.empty");
            }
            try {
                dossierFiles.attach(
                        id,
                        Forms.integer(params.get("version"), -1),
                        FormValues.choice(DossierFileKind.class, "kind", params.get("kind"), DossierFileKind.OTHER),
                        file.getOriginalFilename(),
                        file.getBytes());
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
        return Forms.act(
                redirect,
                messages,
                "dossier.fileRemoved",
                "/dossiers/" + id,
                () -> dossierFiles.detach(id, version, fileId));
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
        model.addAttribute("lines", BUDGET_LINES);
        return "projects/dossier-form";
    }

    @PostMapping("/dossiers/{id}/edit")
    String save(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "keyMemberIds", required = false) List<String> keyMembers,
            @RequestParam(name = "partnerOrganisationIds", required = false) List<String> partners,
            RedirectAttributes redirect) {
        try {
            List<DossierData.Line> budget = new ArrayList<>();
            for (int i = 0; i < BUDGET_LINES; i++) {
                String item = Forms.text(params, "item" + i);
                if (!item.isEmpty()) {
                    budget.add(new DossierData.Line(
                            item,
                            Forms.moneyOrZero(params.get("state" + i), item),
                            Forms.moneyOrZero(params.get("other" + i), item)));
                }
            }
            DossierData data = new DossierData(
                    Forms.id(params.get("principalInvestigatorId")),
                    Forms.ids(keyMembers),
                    Forms.ids(partners),
                    Forms.text(params, "objectives"),
                    Forms.text(params, "content"),
                    Forms.text(params, "methods"),
                    Forms.text(params, "schedule"),
                    Forms.integer(params.get("durationMonths"), 12),
                    budget);
            dossiers.saveDossier(id, Forms.integer(params.get("version"), -1), data);
            redirect.addFlashAttribute("notice", "dossier.saved");
            return "redirect:/dossiers/" + id;
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            Forms.problem(redirect, messages, e);
            return "redirect:/dossiers/" + id + "/edit";
        }
    }

    @PostMapping("/dossiers/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        try {
            dossiers.submitDossier(id, version);
            redirect.addFlashAttribute("notice", "dossier.submitted");
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            Forms.problem(redirect, messages, e);
        }
        return "redirect:/dossiers/" + id;
    }
}
