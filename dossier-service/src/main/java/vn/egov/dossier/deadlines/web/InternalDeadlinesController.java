package vn.egov.dossier.deadlines.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.deadlines.DueDossiers;
import vn.egov.dossier.deadlines.ListDueDossiers;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * {@code GET /internal/agencies/{agencyCode}/due-dossiers?on=&dueWithinDays=&limit=} (role SERVICE, not exposed by
 * the gateway): an agency's overdue dossiers and those due within {@code dueWithinDays} working days of {@code on},
 * at most {@code limit} per section with the totals, for notification-service's morning digest to officers.
 */
@RestController
class InternalDeadlinesController {

    private final ListDueDossiers listDueDossiers;

    InternalDeadlinesController(ListDueDossiers listDueDossiers) {
        this.listDueDossiers = listDueDossiers;
    }

    @GetMapping("/internal/agencies/{agencyCode}/due-dossiers")
    DueDossiers dueDossiers(
            @PathVariable String agencyCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "2") int dueWithinDays,
            @RequestParam(defaultValue = "50") int limit) {
        try {
            return listDueDossiers.list(agencyCode, on, dueWithinDays, limit);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("invalid-request", e.getMessage());
        }
    }
}
