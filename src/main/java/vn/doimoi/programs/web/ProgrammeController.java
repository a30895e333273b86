package vn.doimoi.programs.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.programs.Programmes;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.references.References;
import vn.doimoi.shared.web.PageSize;

/** The public pages: programmes, their task groups, progress and the indicators STAFF published. */
@Controller
class ProgrammeController {

    static final int PAGE_SIZE = 20;

    private final Programmes programmes;
    private final References references;

    ProgrammeController(Programmes programmes, References references) {
        this.programmes = programmes;
        this.references = references;
    }

    @GetMapping("/programs")
    String list(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("programmes", PageOf.slice(programmes.programmes(), paging));
        model.addAttribute("manage", false);
        return "programs/list";
    }

    @GetMapping("/programs/{id}")
    String programme(@PathVariable UUID id, Model model) {
        var dashboard = programmes.publicDashboard(id);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("references", references.about(dashboard.programme().documentNumber(), "/programs/" + id));
        return "programs/programme";
    }
}
