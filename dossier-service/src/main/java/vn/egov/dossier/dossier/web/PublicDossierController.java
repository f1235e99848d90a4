package vn.egov.dossier.dossier.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.dossier.LookUpStatus;

/** The look-up anyone may use with a dossier code and the applicant's phone number. */
@SecurityRequirements
@RestController
class PublicDossierController {

    private final LookUpStatus lookUpStatus;

    PublicDossierController(LookUpStatus lookUpStatus) {
        this.lookUpStatus = lookUpStatus;
    }

    @GetMapping("/api/public/dossiers/{code}")
    DossierResponses.PublicStatus status(
            @PathVariable String code, @RequestParam(name = "phone", defaultValue = "") String phone) {
        return DossierResponses.PublicStatus.of(lookUpStatus.lookUp(code, phone));
    }
}
