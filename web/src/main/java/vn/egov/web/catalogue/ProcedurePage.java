package vn.egov.web.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of procedures: {@code {content, page{number, size, totalElements, totalPages}}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcedurePage(List<ProcedureSummary> content, PageInfo page) {

    public ProcedurePage {
        content = content == null ? List.of() : content;
        page = page == null ? new PageInfo(0, 20, content.size(), 1) : page;
    }

    /** Where the page is in the whole result; {@code number} from 0. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PageInfo(int number, int size, long totalElements, int totalPages) {}
}
