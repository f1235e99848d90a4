package vn.egov.dossier.statistics.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.statistics.CountDossiers;
import vn.egov.dossier.statistics.Statistics;
import vn.egov.dossier.statistics.StatisticsQuery;
import vn.egov.servicedefaults.problem.ApiProblem;

/** Anonymous aggregate statistics; no dossier is identifiable from them. */
@SecurityRequirements
@RestController
class StatisticsController {

    private final CountDossiers countDossiers;
    private final Clock clock;

    StatisticsController(CountDossiers countDossiers, Clock clock) {
        this.countDossiers = countDossiers;
        this.clock = clock;
    }

    /** Without a period: the current month up to today. */
    @GetMapping("/api/dossiers/statistics")
    Statistics statistics(
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "agencyLevel", required = false) String agencyLevel,
            @RequestParam(name = "agencyCode", required = false) String agencyCode,
            @RequestParam(name = "procedureCode", required = false) String procedureCode) {
        LocalDate today = LocalDate.now(clock);
        StatisticsQuery query;
        try {
            query = new StatisticsQuery(
                    from == null ? today.withDayOfMonth(1) : from,
                    to == null ? today : to,
                    blankToNull(agencyLevel),
                    blankToNull(agencyCode),
                    blankToNull(procedureCode));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("invalid-request", e.getMessage())
                    .with(
                            "errors",
                            List.of(Map.of(
                                    "field",
                                    e.getMessage().startsWith("agencyLevel") ? "agencyLevel" : "to",
                                    "message",
                                    e.getMessage())));
        }
        return countDossiers.count(query);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
