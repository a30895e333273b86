package vn.doimoi.projects.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.projects.call.DossierData;
import vn.doimoi.projects.call.Selection;
import vn.doimoi.projects.call.Views.DossierView;
import vn.doimoi.shared.DomainException;

/** An applicant's dossier: the application and description, submission with a receipt. */
@Controller
class DossierController {

    static final int BUDGET_LINES = 5;

    private final Selection selection;
    private final Directory directory;
    private final MessageSource messages;

    DossierController(Selection selection, Directory directory, MessageSource messages) {
        this.selection = selection;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/dossiers")
    String mine(Model model) {
        model.addAttribute("dossiers", selection.myDossiers());
        return "projects/dossiers";
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("dossier", selection.dossier(id));
        return "projects/dossier";
    }

    @GetMapping("/dossiers/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        DossierView dossier = selection.dossier(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("people", directory.people());
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
            selection.saveDossier(id, Forms.integer(params.get("version"), -1), data);
            redirect.addFlashAttribute("notice", "dossier.saved");
            return "redirect:/dossiers/" + id;
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            Forms.problem(redirect, messages, e);
            return "redirect:/dossiers/" + id + "/edit";
        }
    }

    @PostMapping("/dossiers/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        try {
            selection.submitDossier(id, version);
            redirect.addFlashAttribute("notice", "dossier.submitted");
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            Forms.problem(redirect, messages, e);
        }
        return "redirect:/dossiers/" + id;
    }
}
