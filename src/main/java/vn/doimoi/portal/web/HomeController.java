package vn.doimoi.portal.web;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.doimoi.directory.Directory;
import vn.doimoi.portal.BannerPosition;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.banner.Banners;
import vn.doimoi.portal.document.Documents;
import vn.doimoi.portal.stats.PortalCounters;

/** The home page: latest news and documents, visitor statistics, and where to go. */
@Controller
class HomeController {

    private final Directory directory;
    private final Articles articles;
    private final Documents documents;
    private final PortalCounters counters;
    private final Banners banners;
    private final Clock clock;

    HomeController(
            Directory directory,
            Articles articles,
            Documents documents,
            PortalCounters counters,
            Banners banners,
            Clock clock) {
        this.banners = banners;
        this.directory = directory;
        this.articles = articles;
        this.documents = documents;
        this.counters = counters;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("organisationCount", directory.organisations().size());
        model.addAttribute("news", articles.latest(0, 7).items());
        model.addAttribute("documents", documents.latest());
        model.addAttribute("categories", articles.categories());
        model.addAttribute("stats", counters.stats(clock.instant()));
        model.addAttribute("topBanners", banners.active(BannerPosition.TOP));
        model.addAttribute("sideBanners", banners.active(BannerPosition.SIDE));
        return "portal/home";
    }
}
