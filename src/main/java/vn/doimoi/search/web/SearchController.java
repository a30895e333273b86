package vn.doimoi.search.web;

import java.util.HashMap;
import java.util.Map;
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
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String fieldCode,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Map<String, String> filters = new HashMap<>();
        filters.put("fieldCode", fieldCode);
        filters.put("province", province);
        filters.put("year", year);
        model.addAttribute("results", search.search(q, type, filters, page, PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("types", search.types());
        return "search/search";
    }
}
