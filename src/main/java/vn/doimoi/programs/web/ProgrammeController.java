package vn.doimoi.programs.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.programs.Programmes;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;

/** The public pages: programmes, their task groups, progress and the indicators STAFF published. */
@Controller
class ProgrammeController {

    static final int PAGE_SIZE = 20;

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/programs")
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute("programmes", PageOf.slice(programmes.programmes(), Paging.of(page, size, PAGE_SIZE)));
        model.addAttribute("manage", false);
        return "programs/list";
    }

    @GetMapping("/programs/{id}")
    String programme(@PathVariable UUID id, Model model) {
        model.addAttribute("dashboard", programmes.publicDashboard(id));
        return "programs/programme";
    }
}
