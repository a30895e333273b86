package vn.doimoi.search.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.search.SearchResults;
import vn.doimoi.search.SiteSearch;
import vn.doimoi.shared.Paging;

/** The one search for machines: {@code GET /api/v1/search?q=khoa hoc&type=organisation&fieldCode=401&province=Tây Ninh&year=2026&page=0&size=20}. */
@RestController
class SearchApiController {

    private final SiteSearch search;

    SearchApiController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    SearchResults search(SearchQuery query, Paging paging) {
        return search.search(query.text(), query.type(), query.filters(), paging.page(), paging.size());
    }
}
