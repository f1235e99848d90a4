package vn.egov.catalogue.search;

import java.util.List;
import vn.egov.catalogue.search.index.ProcedureSummary;

/** A page of procedures with its position in the whole result. */
public record ProcedurePage(List<ProcedureSummary> content, PageMetadata page) {

    /** Where the page is: 0-based {@code number}, {@code size} asked for, totals of the whole result. */
    public record PageMetadata(int number, int size, long totalElements, int totalPages) {

        static PageMetadata of(int number, int size, long total) {
            return new PageMetadata(number, size, total, (int) ((total + size - 1) / size));
        }
    }
}
