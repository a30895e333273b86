package vn.doimoi.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page a reader asked for, made safe: pages count from 0, a page holds 1 to {@value #MAX_SIZE}
 * items, and a page number past {@value #MAX_PAGE} is read as that one, so neither a huge
 * {@code size} nor a huge {@code page} costs more than one page or overflows the offset
 * (issue 16 #7, ADR 0034). Out-of-range sizes are clamped rather than refused: a list link with
 * {@code size=1000} still shows a page. A page number past {@value #MAX_PAGE} in a request is
 * refused with 400 before it reaches a list ({@code HostileInputFilter}, ADR 0033); the clamp
 * here keeps callers inside the application safe as well.
 *
 * @param page the page, from 0
 * @param size items per page
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Deeper than any list of the province needs (200,000 rows at 20 a page); no offset overflows. */
    public static final int MAX_PAGE = 10_000;

    public Paging {
        page = Math.min(Math.max(page, 0), MAX_PAGE);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
    }

    /** The page asked for, {@code defaultSize} items when no size was given. */
    public static Paging of(int page, @org.jspecify.annotations.Nullable Integer size, int defaultSize) {
        return new Paging(page, size == null ? defaultSize : size);
    }

    /** The first item of the page, counted from 0. */
    public long offset() {
        return (long) page * size;
    }

    /** The same page for Spring Data. */
    public Pageable pageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}
