package vn.egov.web.view;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a page of a list sits in the whole list, as every list of the API says it: the {@code page} of
 * {@code {"items": [...], "page": {...}}}.
 *
 * @param number the page, from 0
 * @param size the page size asked for
 * @param totalItems items in the whole list
 * @param totalPages pages in the whole list
 * @param hasNext whether a page follows
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PagePosition(int number, int size, long totalItems, int totalPages, boolean hasNext) {

    /** A list that fits on its one page. */
    public static PagePosition whole(int items) {
        return new PagePosition(0, Math.max(items, 1), items, items == 0 ? 0 : 1, false);
    }
}
