package vn.egov.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The pager under a list: the page shown (from 0), the pages around it, and whether there are others.
 *
 * @param number the page shown, from 0
 * @param totalPages how many pages there are
 * @param totalItems how many items in all
 */
public record Paging(int number, int totalPages, long totalItems) {

    /** The pager of a page the API answered. */
    public static Paging of(PagePosition page) {
        return new Paging(page.number(), page.totalPages(), page.totalItems());
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    /** Up to five page numbers (from 0) around the one shown. */
    public List<Integer> around() {
        List<Integer> pages = new ArrayList<>();
        int first = Math.max(0, Math.min(number - 2, totalPages - 5));
        for (int i = first; i < Math.min(totalPages, first + 5); i++) {
            pages.add(i);
        }
        return pages;
    }
}
