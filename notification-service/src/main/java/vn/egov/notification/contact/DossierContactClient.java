package vn.egov.notification.contact;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * dossier-service's internal contact API. Feign adds the service's own client-credentials token ({@code egov-service}
 * registration of the service defaults), which dossier-service requires to carry the SERVICE role.
 */
@FeignClient(name = "dossier", url = "${egov.dossier.url:http://localhost:8082}")
interface DossierContactClient {

    @GetMapping("/internal/dossiers/{code}/contact")
    DossierContact contact(@PathVariable("code") String code);
}
