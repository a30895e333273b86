package vn.doimoi.traceability.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.doimoi.shared.web.PublicSite;
import vn.doimoi.traceability.Step;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.events.EventRecorder;
import vn.doimoi.traceability.sharing.EventShares;

/** The lot page's model: the lot, its timeline, the steps a worker may record, its public address. */
@Component
class LotViews {

    private final EventRecorder events;
    private final PublicSite site;
    private final EventShares shares;
    private final Clock clock;

    LotViews(EventRecorder events, PublicSite site, EventShares shares, Clock clock) {
        this.events = events;
        this.site = site;
        this.shares = shares;
        this.clock = clock;
    }

    void lotPage(Model model, LotRow lot, boolean writes) {
        model.addAttribute("lot", lot);
        model.addAttribute("timeline", events.timeline(lot));
        model.addAttribute("steps", Step.values());
        model.addAttribute("writes", writes);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("digitalLink", site.absolute(ConsumerPaths.digitalLink(lot)));
        model.addAttribute("shares", writes ? shares.ofLot(lot) : java.util.List.of());
        model.addAttribute("recipients", writes ? shares.recipients(lot.organisationId()) : java.util.List.of());
    }
}
