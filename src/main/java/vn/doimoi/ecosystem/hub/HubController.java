package vn.doimoi.ecosystem.hub;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.doimoi.ecosystem.startups.StartupCatalogue;
import vn.doimoi.ecosystem.vouchers.SupportProgrammes;

/**
 * {@code /ecosystem}, the one entry of the main menu for the innovation ecosystem: the support
 * programmes open today, the number of recognised startups and innovation organisations, links to
 * the honour rolls, the events and — for a signed-in member or STAFF — the enterprise fund, and
 * the module's figures. Public; which desk links show depends on the reader's roles (in the page).
 */
@Controller
class HubController {

    private final SupportProgrammes programmes;
    private final StartupCatalogue startups;
    private final HubFigures figures;
    private final Clock clock;

    HubController(SupportProgrammes programmes, StartupCatalogue startups, HubFigures figures, Clock clock) {
        this.programmes = programmes;
        this.startups = startups;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/ecosystem")
    String hub(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute(
                "programmes",
                programmes.publicList().stream().filter(p -> p.openOn(today)).toList());
        model.addAttribute("startups", startups.all().size());
        model.addAttribute("chart", figures.chart());
        return "ecosystem/hub";
    }
}
