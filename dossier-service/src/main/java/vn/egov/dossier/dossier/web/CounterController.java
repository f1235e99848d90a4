package vn.egov.dossier.dossier.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.dossier.ReceiveAtCounter;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/** An officer receives a walk-in dossier at the one-stop counter: the same body and key rules as online. */
@RestController
class CounterController {

    private final ReceiveAtCounter receiveAtCounter;

    CounterController(ReceiveAtCounter receiveAtCounter) {
        this.receiveAtCounter = receiveAtCounter;
    }

    @PostMapping("/api/dossiers/counter")
    ResponseEntity<DossierResponses.Submitted> receive(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody SubmissionRequest request,
            CurrentUser user) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw ApiProblem.badRequest(
                            "idempotency-key-required",
                            "Send an Idempotency-Key header (1 to 100 characters) so a retry cannot submit twice")
                    .with("errors", List.of(Map.of("field", "Idempotency-Key", "message", "is required")));
        }
        if (request.lacksNotificationChannels()) {
            throw ApiProblem.badRequest("invalid-request", "Invalid fields: notify")
                    .with(
                            "errors",
                            List.of(Map.of("field", "notify", "message", "choose at least one of SMS, ZALO, EMAIL")));
        }
        if (request.lacksEmailForEmailNotifications()) {
            throw ApiProblem.badRequest("invalid-request", "Invalid fields: applicant.email")
                    .with(
                            "errors",
                            List.of(Map.of(
                                    "field", "applicant.email", "message", "is required for EMAIL notifications")));
        }
        var receipt = receiveAtCounter.receive(user, idempotencyKey.strip(), request.toSubmission());
        return ResponseEntity.created(URI.create("/api/dossiers/" + receipt.code()))
                .body(DossierResponses.Submitted.of(receipt));
    }
}
