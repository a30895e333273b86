package vn.doimoi.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.doimoi.directory.Directory;
import vn.doimoi.portal.BannerPosition;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.banner.Banners;
import vn.doimoi.portal.document.Documents;

/** The home page: latest news and documents, visitor statistics (written in by the kept pages), and where to go. */
@Controller
class HomeController {

    private final Directory directory;
    private final Articles articles;
    private final Documents documents;
    private final Banners banners;

    HomeController(Directory directory, Articles articles, Documents documents, Banners banners) {
        this.banners = banners;
        this.directory = directory;
        this.articles = articles;
        this.documents = documents;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("organisationCount", directory.organisations().size());
        model.addAttribute("news", articles.latest(0, 7).items());
        model.addAttribute("documents", documents.latest());
        model.addAttribute("categories", articles.categories());
        model.addAttribute("topBanners", banners.active(BannerPosition.TOP));
        model.addAttribute("sideBanners", banners.active(BannerPosition.SIDE));
        return "portal/home";
    }
}
