package vn.egov.dossier.dossier.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.dossier.ReadContact;

/** Service-to-service calls (role SERVICE), not exposed by the gateway. */
@RestController
class InternalDossierController {

    private final ReadContact readContact;

    InternalDossierController(ReadContact readContact) {
        this.readContact = readContact;
    }

    @GetMapping("/internal/dossiers/{code}/contact")
    DossierResponses.Contact contact(@PathVariable String code) {
        return DossierResponses.Contact.of(readContact.contactOf(code));
    }
}
