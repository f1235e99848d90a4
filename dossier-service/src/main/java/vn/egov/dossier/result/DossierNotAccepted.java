package vn.egov.dossier.result;

import vn.egov.servicedefaults.problem.DomainProblem;

/** The receipt slip is issued on acceptance; this dossier has not been accepted. */
public class DossierNotAccepted extends DomainProblem {

    DossierNotAccepted(String dossierCode) {
        super(
                Kind.CONFLICT,
                "dossier-not-accepted",
                "Dossier " + dossierCode + " has not been accepted; the slip is issued on acceptance");
    }
}
