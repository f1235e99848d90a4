package vn.egov.web.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.PlatformUnavailable;
import vn.egov.web.view.Labels;
import vn.egov.web.view.Paging;

/** The home page, the search of the catalogue and the page of one procedure: public, no sign-in. */
@Controller
class CataloguePages {

    private static final int PAGE_SIZE = 10;

    private final Catalogue catalogue;

    CataloguePages(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", catalogue.figures());
        return "home";
    }

    /**
     * Search with or without diacritics ("ly lich tu phap" finds "lý lịch tư pháp"), filtered by the agency's tier,
     * the sector and the service level, ten to a page.
     */
    @GetMapping("/thu-tuc")
    String search(
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "cap", required = false) @Nullable String agencyLevel,
            @RequestParam(name = "linhVuc", required = false) @Nullable String sector,
            @RequestParam(name = "mucDo", required = false) @Nullable Integer serviceLevel,
            @RequestParam(name = "coQuan", required = false) @Nullable String agencyCode,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        List<Agency> agencies = agencies();
        String agency = blankToNull(agencyCode);
        Catalogue.SearchFilter filter = new Catalogue.SearchFilter(
                blankToNull(q),
                agencyLevel != null && Labels.AGENCY_LEVEL.containsKey(agencyLevel) ? agencyLevel : null,
                serviceLevel != null && serviceLevel >= 1 && serviceLevel <= 4 ? serviceLevel : null,
                blankToNull(sector),
                agencies.stream().anyMatch(a -> a.code().equals(agency)) ? agency : null);
        int number = Math.max(1, Math.min(page, 1000)) - 1;
        ProcedurePage found;
        model.addAttribute("refused", false);
        try {
            found = catalogue.search(filter, number, PAGE_SIZE);
        } catch (ApiProblem refused) {
            // A query the catalogue refuses (too long): say so instead of a result.
            model.addAttribute("refused", true);
            found = new ProcedurePage(List.of(), null);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("result", found);
        model.addAttribute("paging", Paging.of(found.page()));
        model.addAttribute("sectors", catalogue.sectors());
        model.addAttribute("agencies", agencies);
        model.addAttribute(
                "pageBase",
                ApiPaths.query(
                                "/thu-tuc",
                                ApiPaths.parameters(
                                        "q", filter.q(),
                                        "cap", filter.agencyLevel(),
                                        "linhVuc", filter.sector(),
                                        "mucDo", filter.serviceLevel(),
                                        "coQuan", filter.agencyCode()))
                        + (filter.isEmpty() ? "?" : "&")
                        + "trang=");
        model.addAttribute("agencyLevels", Labels.AGENCY_LEVEL);
        return "search";
    }

    @GetMapping("/thu-tuc/{code}")
    String procedure(@PathVariable String code, Model model) {
        model.addAttribute("procedure", catalogue.procedure(code));
        return "procedure";
    }

    /** The agencies to filter by; none when the catalogue does not list them (the other filters still work). */
    private List<Agency> agencies() {
        try {
            return catalogue.agencies();
        } catch (ApiProblem | PlatformUnavailable e) {
            return List.of();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
