package vn.egov.notification.delivery;

import vn.egov.contracts.codes.DossierCode;
import vn.egov.servicedefaults.problem.DomainProblem;

/** No delivery log the caller may see for this dossier: the same answer as for a code that does not exist. */
public class DossierNotFound extends DomainProblem {

    DossierNotFound(DossierCode code) {
        super(Kind.NOT_FOUND, "not-found", "Dossier " + code + " does not exist");
    }
}
