package vn.egov.dossier.dossier.web;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.deadlines.ApologiseForDelay;
import vn.egov.servicedefaults.security.CurrentUser;

/** Form 04: an officer apologises for a late dossier and sets a new date. */
@RestController
class ApologyController {

    private final ApologiseForDelay apologiseForDelay;

    ApologyController(ApologiseForDelay apologiseForDelay) {
        this.apologiseForDelay = apologiseForDelay;
    }

    /** Body of {@code POST /api/dossiers/{code}/apology}. */
    record ApologyRequest(String reason, LocalDate newDueDate) {}

    @PostMapping("/api/dossiers/{code}/apology")
    DossierResponses.Detail apologise(
            @PathVariable String code, @RequestBody ApologyRequest request, CurrentUser user) {
        return DossierResponses.Detail.of(
                apologiseForDelay.apologise(code, user, request.reason(), request.newDueDate()));
    }
}
