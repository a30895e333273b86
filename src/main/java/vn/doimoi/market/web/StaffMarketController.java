package vn.doimoi.market.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.MarketFigures;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** The Department's side: moderation with reasons, and the marketplace's statistics. */
@Controller
class StaffMarketController {

    static final int PAGE_SIZE = 20;

    private final Listings listings;
    private final MarketFigures figures;
    private final StatisticsWorkbook workbook;
    private final Accounts accounts;

    StaffMarketController(Listings listings, MarketFigures figures, StatisticsWorkbook workbook, Accounts accounts) {
        this.listings = listings;
        this.figures = figures;
        this.workbook = workbook;
        this.accounts = accounts;
    }

    @GetMapping("/staff/market")
    String queue(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("queue", PageOf.slice(listings.reviewQueue(actor()), paging));
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
        model.addAttribute("listings", figures.listingsByKindAndStatus());
        model.addAttribute("stages", figures.dealsByStage());
        var years = figures.contractsByYear();
        model.addAttribute("years", years);
        model.addAttribute("chart", ContractChart.of(years));
        return "market/statistics";
    }

    /** The same figures as an Excel workbook, for the Department's reports. */
    @GetMapping("/staff/market/statistics.xlsx")
    ResponseEntity<byte[]> statisticsWorkbook(Locale locale) {
        return Downloads.xlsx(workbook.write(locale), "thong-ke-san-giao-dich-cong-nghe.xlsx");
    }

    private String act(RedirectAttributes redirect, String notice, Runnable action) {
        return PostRedirectGet.act(redirect, "/staff/market", notice, action);
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
