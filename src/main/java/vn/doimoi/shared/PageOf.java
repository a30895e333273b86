package vn.doimoi.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list with what a pager and an API client need: the page, its size, and how many
 * items and pages there are in all (issue 16 #7).
 */
public record PageOf<T>(List<T> items, int page, int size, long totalElements) {

    public PageOf {
        items = List.copyOf(items);
    }

    /** The page of a whole list, for the lists that are small enough to be read whole. */
    public static <T> PageOf<T> slice(List<T> all, Paging paging) {
        int from = (int) Math.min(all.size(), paging.offset());
        int to = (int) Math.min(all.size(), paging.offset() + paging.size());
        return new PageOf<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }

    /** A Spring Data page. */
    public static <T> PageOf<T> of(org.springframework.data.domain.Page<T> page) {
        return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (totalElements + size - 1) / size);
    }

    public <R> PageOf<R> map(Function<? super T, ? extends R> mapper) {
        return new PageOf<>(items.stream().<R>map(mapper).toList(), page, size, totalElements);
    }
}
