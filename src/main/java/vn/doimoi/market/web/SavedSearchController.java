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
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.listing.SavedSearches;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** Saved searches with alerts, and handing an unmatched demand to the brokers. */
@Controller
class SavedSearchController {

    static final int PAGE_SIZE = 50;

    private final SavedSearches searches;
    private final Listings listings;
    private final Accounts accounts;

    SavedSearchController(SavedSearches searches, Listings listings, Accounts accounts) {
        this.searches = searches;
        this.listings = listings;
        this.accounts = accounts;
    }

    @GetMapping("/market/saved-searches")
    String list(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("searches", PageOf.slice(searches.mine(actor()), paging));
        return "market/saved-searches";
    }

    @PostMapping("/market/saved-searches")
    String save(
            @RequestParam(defaultValue = "") String query,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String fieldCode,
            @RequestParam(defaultValue = "DAILY") String frequency,
            RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect,
                "/market/saved-searches",
                "market.saved.saved",
                () -> searches.save(actor(), query, MarketController.parseKind(kind), fieldCode, frequency));
    }

    @PostMapping("/market/saved-searches/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        searches.delete(actor(), id);
        return PostRedirectGet.done(redirect, "/market/saved-searches", "market.saved.deleted");
    }

    @PostMapping("/market/listings/{id}/broker-help")
    String brokerHelp(@PathVariable UUID id, RedirectAttributes redirect) {
        return PostRedirectGet.act(
                redirect,
                "/market/listings/" + id + "/matches",
                "market.matches.brokerAsked",
                () -> listings.askBroker(actor(), id));
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
