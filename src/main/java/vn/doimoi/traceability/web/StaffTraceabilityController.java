package vn.doimoi.traceability.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.traceability.catalogue.Lots;

/** The Department's staff read every enterprise's catalogue and lots (they do not write them). */
@Controller
class StaffTraceabilityController {

    private final Members members;
    private final Lots lots;
    private final CatalogueViews catalogue;
    private final LotViews views;

    StaffTraceabilityController(Members members, Lots lots, CatalogueViews catalogue, LotViews views) {
        this.members = members;
        this.lots = lots;
        this.catalogue = catalogue;
        this.views = views;
    }

    @GetMapping("/staff/traceability")
    String overview(Model model) {
        members.actor();
        catalogue.overview(model, null, false, true);
        return "traceability/overview";
    }

    @GetMapping("/staff/traceability/lots/{id}")
    String lot(@PathVariable UUID id, Model model) {
        views.lotPage(model, lots.read(members.actor(), id), false);
        return "traceability/lot";
    }
}
