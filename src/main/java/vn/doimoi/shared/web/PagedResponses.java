package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import vn.doimoi.shared.PageOf;

/**
 * A page of an API list that has always answered a bare JSON array: the body stays an array (so
 * existing clients keep working) and the paging goes into headers, as GitHub's API does: RFC 8288
 * {@code Link} with {@code first}, {@code prev}, {@code next} and {@code last}, and
 * {@code X-Total-Count} and {@code X-Total-Pages}. The links are relative (path and query), never
 * built from the request's {@code Host} header (ADR 0034). APIs that answer an object carry the
 * same facts as fields: {@code page}, {@code size}, {@code totalElements}, {@code totalPages}.
 */
public final class PagedResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String TOTAL_PAGES = "X-Total-Pages";

    private PagedResponses() {}

    public static <T> ResponseEntity<List<T>> array(PageOf<T> page, HttpServletRequest request) {
        List<String> links = new ArrayList<>();
        int last = Math.max(0, page.totalPages() - 1);
        links.add(link(request, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(request, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(request, page.page() + 1, page.size(), "next"));
        }
        links.add(link(request, last, page.size(), "last"));
        return ResponseEntity.ok()
                .header("Link", String.join(", ", links))
                .header(TOTAL_COUNT, Long.toString(page.totalElements()))
                .header(TOTAL_PAGES, Integer.toString(page.totalPages()))
                .body(page.items());
    }

    private static String link(HttpServletRequest request, int page, int size, String rel) {
        String uri = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
