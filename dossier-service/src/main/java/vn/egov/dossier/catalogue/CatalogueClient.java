package vn.egov.dossier.catalogue;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** catalogue-service's procedure API. Call it only through {@link Catalogue}, which adds the resilience. */
@FeignClient(name = "catalogue", url = "${egov.catalogue.url}")
interface CatalogueClient {

    @GetMapping("/api/catalogue/procedures/{code}")
    Procedure procedure(@PathVariable("code") String code);

    @GetMapping("/api/catalogue/procedures/{code}/versions/{version}")
    Procedure procedureVersion(@PathVariable("code") String code, @PathVariable("version") int version);
}
