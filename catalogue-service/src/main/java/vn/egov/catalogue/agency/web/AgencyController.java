package vn.egov.catalogue.agency.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.catalogue.agency.Agencies;
import vn.egov.catalogue.agency.Agency;
import vn.egov.servicedefaults.paging.ListPage;

/** {@code GET /api/catalogue/agencies}: every agency, for filters and forms. */
@SecurityRequirements
@RestController
class AgencyController {

    private final Agencies agencies;

    AgencyController(Agencies agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/api/catalogue/agencies")
    ListPage<AgencyView> agencies() {
        return ListPage.whole(agencies.all().stream().map(AgencyView::of).toList());
    }

    /** One agency; {@code level} is its tier, named as in the procedure JSON. */
    record AgencyView(String code, String name, String level, String parentCode) {
        static AgencyView of(Agency agency) {
            return new AgencyView(agency.code(), agency.name(), agency.tier().name(), agency.parentCode());
        }
    }
}
