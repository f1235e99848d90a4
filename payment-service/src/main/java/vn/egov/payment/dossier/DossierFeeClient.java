package vn.egov.payment.dossier;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * dossier-service's internal fee API. Feign adds the service's own client-credentials token, which dossier-service
 * requires to carry the SERVICE role.
 */
@FeignClient(name = "dossier", url = "${egov.dossier.url:http://localhost:8082}")
interface DossierFeeClient {

    @GetMapping("/internal/dossiers/{code}/fee")
    DossierFee fee(@PathVariable("code") String code);
}
