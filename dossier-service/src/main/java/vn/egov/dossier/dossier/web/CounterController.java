package vn.egov.dossier.dossier.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.intake.ReceiveAtCounter;
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
        String key = request.checkedIdempotencyKey(idempotencyKey);
        var receipt = receiveAtCounter.receive(user, key, request.toSubmission());
        return ResponseEntity.created(URI.create("/api/dossiers/" + receipt.code()))
                .body(DossierResponses.Submitted.of(receipt));
    }
}
