package vn.doimoi.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.search.SiteSearch;

/** The one search page; works without JavaScript. */
@Controller
class SearchController {

    private static final int PAGE_SIZE = 20;

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(SearchQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("results", search.search(query.text(), query.type(), query.filters(), page, PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("types", search.types());
        return "search/search";
    }
}
