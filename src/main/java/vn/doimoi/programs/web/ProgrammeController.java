package vn.doimoi.programs.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.programs.Programmes;

/** The public pages: programmes, their task groups, progress and the indicators STAFF published. */
@Controller
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/programs")
    String list(Model model) {
        model.addAttribute("programmes", programmes.programmes());
        model.addAttribute("manage", false);
        return "programs/list";
    }

    @GetMapping("/programs/{id}")
    String programme(@PathVariable UUID id, Model model) {
        model.addAttribute("dashboard", programmes.publicDashboard(id));
        return "programs/programme";
    }
}
