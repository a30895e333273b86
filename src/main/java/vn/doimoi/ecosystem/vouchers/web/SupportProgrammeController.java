package vn.doimoi.ecosystem.vouchers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.ecosystem.vouchers.SupportProgrammes;

/** The public list of support programmes and a programme's page. */
@Controller
class SupportProgrammeController {

    private final SupportProgrammes programmes;
    private final Clock clock;

    SupportProgrammeController(SupportProgrammes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/ecosystem/vouchers")
    String list(Model model) {
        model.addAttribute("programmes", programmes.publicList());
        model.addAttribute("today", LocalDate.now(clock));
        return "ecosystem/vouchers/programmes";
    }

    @GetMapping("/ecosystem/vouchers/programmes/{id}")
    String programme(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.published(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "ecosystem/vouchers/programme";
    }
}
