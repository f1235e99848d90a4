package vn.egov.catalogue.statistics.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.catalogue.statistics.CatalogueStatistics;
import vn.egov.catalogue.statistics.ComputeStatistics;

/** {@code GET /api/catalogue/statistics?year=}: the catalogue in figures. */
@SecurityRequirements
@RestController
class StatisticsController {

    private final ComputeStatistics statistics;

    StatisticsController(ComputeStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/catalogue/statistics")
    CatalogueStatistics statistics(@RequestParam(required = false) Integer year) {
        return statistics.compute(year);
    }
}
