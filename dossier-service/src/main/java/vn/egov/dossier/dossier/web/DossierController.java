package vn.egov.dossier.dossier.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.dossier.DocumentReference;
import vn.egov.dossier.dossier.DossierAction;
import vn.egov.dossier.dossier.DossierStatus;
import vn.egov.dossier.dossier.Money;
import vn.egov.dossier.dossier.ViewDossier;
import vn.egov.dossier.inbox.ListDossiers;
import vn.egov.dossier.inbox.ListFilter;
import vn.egov.dossier.intake.SubmitDossier;
import vn.egov.dossier.result.ResultChoice;
import vn.egov.dossier.workflow.PerformAction;
import vn.egov.servicedefaults.paging.ListPage;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/** Citizens submit and follow their dossiers; officers see their agency's. */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

    private final SubmitDossier submitDossier;
    private final ViewDossier viewDossier;
    private final ListDossiers listDossiers;
    private final PerformAction performAction;

    DossierController(
            SubmitDossier submitDossier,
            ViewDossier viewDossier,
            ListDossiers listDossiers,
            PerformAction performAction) {
        this.submitDossier = submitDossier;
        this.viewDossier = viewDossier;
        this.listDossiers = listDossiers;
        this.performAction = performAction;
    }

    @ApiResponse(
            responseCode = "201",
            description = "Submitted (a retry with the same Idempotency-Key: the same answer)")
    @PostMapping
    ResponseEntity<DossierResponses.Submitted> submit(
            @Parameter(
                            required = true,
                            description = "A new UUID per intended request; a retry with the same key gets the first"
                                    + " answer again",
                            example = "0b8e6f1e-6c2a-4d7e-9f3b-2a1c5d4e3f21")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Valid @RequestBody SubmissionRequest request,
            CurrentUser user) {
        String key = request.checkedIdempotencyKey(idempotencyKey);
        var receipt = submitDossier.submit(user.subject(), key, request.toSubmission());
        return ResponseEntity.created(URI.create("/api/dossiers/" + receipt.code()))
                .body(DossierResponses.Submitted.of(receipt));
    }

    @GetMapping
    ListPage<DossierResponses.Summary> list(
            @RequestParam(name = "status", required = false) DossierStatus status,
            @RequestParam(name = "overdue", required = false) Boolean overdue,
            @RequestParam(name = "dueWithinDays", required = false) Integer dueWithinDays,
            @RequestParam(name = "procedureCode", required = false) String procedureCode,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size,
            CurrentUser user) {
        ListFilter filter;
        try {
            filter = ListFilter.of(status, overdue, dueWithinDays, procedureCode, sort);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("invalid-request", e.getMessage())
                    .with(
                            "errors",
                            List.of(Map.of(
                                    "field",
                                    sort != null && e.getMessage().startsWith("sort") ? "sort" : "dueWithinDays",
                                    "message",
                                    e.getMessage())));
        }
        return DossierResponses.page(listDossiers.list(user, filter, page, size), filter);
    }

    @PostMapping("/{code}/actions/{action}")
    DossierResponses.Detail act(
            @PathVariable String code,
            @Parameter(
                            description = "Officers: accept, refuse, request-supplement, start-processing,"
                                    + " request-payment, approve, return-result, stop; the applicant: supplement,"
                                    + " withdraw",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "accept",
                                                "refuse",
                                                "request-supplement",
                                                "supplement",
                                                "start-processing",
                                                "request-payment",
                                                "approve",
                                                "return-result",
                                                "withdraw",
                                                "stop"
                                            }))
                    @PathVariable
                    String action,
            @RequestBody(required = false) @Valid ActionRequest request,
            CurrentUser user) {
        DossierAction known = DossierAction.bySlug(action).orElseThrow(() -> ApiProblem.notFound("Action", action));
        String reason = request == null ? null : request.reasonText();
        ResultChoice result = request == null ? null : request.result();
        Money amount = request == null ? null : request.statedAmount();
        List<DocumentReference> documents = request == null ? List.of() : request.documentReferences();
        return DossierResponses.Detail.of(performAction.perform(code, known, user, reason, result, amount, documents));
    }

    @GetMapping("/{code}")
    DossierResponses.Detail view(@PathVariable String code, CurrentUser user) {
        return DossierResponses.Detail.of(viewDossier.view(code, user));
    }
}
