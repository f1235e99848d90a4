package vn.egov.dossier.dossier.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.dossier.ReadContact;
import vn.egov.dossier.payment.ReadFee;

/** Service-to-service calls (role SERVICE), not exposed by the gateway. */
@RestController
class InternalDossierController {

    private final ReadContact readContact;
    private final ReadFee readFee;

    InternalDossierController(ReadContact readContact, ReadFee readFee) {
        this.readContact = readContact;
        this.readFee = readFee;
    }

    @GetMapping("/internal/dossiers/{code}/contact")
    DossierResponses.Contact contact(@PathVariable String code) {
        return DossierResponses.Contact.of(readContact.contactOf(code));
    }

    /** For payment-service: what the dossier owes and whether it can be paid now. */
    @GetMapping("/internal/dossiers/{code}/fee")
    DossierResponses.Fee fee(@PathVariable String code) {
        return DossierResponses.Fee.of(readFee.feeOf(code));
    }
}
