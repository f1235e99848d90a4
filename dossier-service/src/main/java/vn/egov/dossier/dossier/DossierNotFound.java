package vn.egov.dossier.dossier;

import vn.egov.servicedefaults.problem.DomainProblem;

/** No such dossier, or none the caller may see: the same answer, so that nothing leaks. */
public class DossierNotFound extends DomainProblem {

    public DossierNotFound(String code) {
        super(Kind.NOT_FOUND, "not-found", "Dossier " + code + " does not exist");
    }
}
