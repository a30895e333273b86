package vn.doimoi.market.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.shared.DomainException;

/** The Department's side: moderation with reasons, and the marketplace's statistics. */
@Controller
class StaffMarketController {

    private final Listings listings;
    private final Deals deals;
    private final Accounts accounts;

    StaffMarketController(Listings listings, Deals deals, Accounts accounts) {
        this.listings = listings;
        this.deals = deals;
        this.accounts = accounts;
    }

    @GetMapping("/staff/market")
    String queue(Model model) {
        model.addAttribute("queue", listings.reviewQueue(actor()));
        return "market/staff";
    }

    @PostMapping("/staff/market/listings/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(redirect, "market.listing.publishedNotice", () -> listings.publish(actor(), id));
    }

    @PostMapping("/staff/market/listings/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(redirect, "market.listing.rejectedNotice", () -> listings.reject(actor(), id, note));
    }

    @GetMapping("/staff/market/statistics")
    String statistics(Model model) {
        model.addAttribute("listings", listings.countsByKindAndStatus());
        model.addAttribute("stages", deals.countsByStage());
        var years = deals.contractsByYear();
        model.addAttribute("years", years);
        model.addAttribute("chart", ContractChart.of(years));
        return "market/statistics";
    }

    private String act(RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("notice", e.messageKey());
        }
        return "redirect:/staff/market";
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
