package vn.egov.servicedefaults.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a list, the envelope of every list the public API answers:
 * {@code {"items": [...], "page": {"number", "size", "totalItems", "totalPages", "hasNext", "sort"}}}.
 *
 * <p>Lists that are short by nature (the agencies, a payment's callbacks, a procedure's audit) answer with all their
 * items on one page, in the same envelope, so that a client reads every list the same way.
 *
 * @param items the items of this page, in the list's order
 * @param page where this page sits in the whole list
 * @param <T> what the list holds
 */
public record ListPage<T>(List<T> items, Position page) {

    public ListPage {
        items = List.copyOf(items);
    }

    /**
     * Where a page sits in the whole list.
     *
     * @param number 0-based number of this page
     * @param size the page size asked for
     * @param totalItems items in the whole list
     * @param totalPages pages of that size in the whole list
     * @param hasNext whether a page follows this one
     * @param sort the order of a list the caller may sort ({@code field,asc|desc}), as applied; absent otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Position(int number, int size, long totalItems, int totalPages, boolean hasNext, String sort) {}

    /** The page {@code number} of a list of {@code totalItems}, pages of {@code size}. */
    public static <T> ListPage<T> of(List<T> items, int number, int size, long totalItems) {
        int totalPages = size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
        return new ListPage<>(items, new Position(number, size, totalItems, totalPages, number + 1 < totalPages, null));
    }

    /** This page, saying the order its list was sorted in. */
    public ListPage<T> sortedBy(String sort) {
        return new ListPage<>(
                items,
                new Position(page.number(), page.size(), page.totalItems(), page.totalPages(), page.hasNext(), sort));
    }

    /** A list short by nature, whole on one page. */
    public static <T> ListPage<T> whole(List<T> items) {
        return new ListPage<>(items, new Position(0, items.size(), items.size(), items.isEmpty() ? 0 : 1, false, null));
    }
}
