package vn.egov.dossier.result;

import vn.egov.servicedefaults.problem.DomainProblem;

/** No result issued for the dossier, or no result under the verification code typed. */
public class ResultNotFound extends DomainProblem {

    private ResultNotFound(String detail) {
        super(Kind.NOT_FOUND, "not-found", detail);
    }

    static ResultNotFound ofDossier(String dossierCode) {
        return new ResultNotFound("Result of dossier " + dossierCode + " does not exist");
    }

    static ResultNotFound verifiedAs(String typedCode) {
        return new ResultNotFound("Result " + typedCode + " does not exist");
    }
}
