package vn.egov.notification.delivery.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.notification.delivery.Delivery;
import vn.egov.notification.delivery.ReadDeliveryLog;
import vn.egov.servicedefaults.paging.ListPage;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/** The delivery log of a dossier, for officers and other services. */
@RestController
@Validated
class DeliveryLogController {

    private final ReadDeliveryLog readDeliveryLog;
    private final Clock clock;

    DeliveryLogController(ReadDeliveryLog readDeliveryLog, Clock clock) {
        this.readDeliveryLog = readDeliveryLog;
        this.clock = clock;
    }

    @GetMapping("/api/notifications")
    ListPage<DeliveryLogEntry> log(
            @RequestParam(name = "dossierCode", required = false) String dossierCode,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size,
            CurrentUser caller) {
        Page<Delivery> deliveries = readDeliveryLog.read(parse(dossierCode), caller, page, size);
        return ListPage.of(
                deliveries.map(d -> DeliveryLogEntry.of(d, clock.getZone())).getContent(),
                deliveries.getNumber(),
                deliveries.getSize(),
                deliveries.getTotalElements());
    }

    private static DossierCode parse(String dossierCode) {
        try {
            return new DossierCode(dossierCode);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("invalid-request", "dossierCode must be a dossier code")
                    .with(
                            "errors",
                            List.of(Map.of(
                                    "field", "dossierCode", "message", "must look like 000.00.15.H17-261123-0001")));
        }
    }
}
